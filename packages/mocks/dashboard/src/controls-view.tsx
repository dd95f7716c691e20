import { useRef, useState } from "preact/hooks";
import { api, controlToken } from "./api.js";
import { docsBase, saveDocsBase } from "./docs-links.js";
import { ErrorMessage, StatusMessage } from "./messages.js";
import type { Clock, FaultRule } from "./types.js";
import { usePoll } from "./use-poll.js";

interface ControlsViewProps {
  awsAccounts: string[];
  clock?: Clock;
  /** Tells the other views that the page changed the emulator's state. */
  changed: () => void;
  onDocsBaseChange: (url: string) => void;
}

/** What one action on the page came to: a message to show, or the error it was refused with. */
type Outcome = { ok: string } | { error: Error } | undefined;

function Outcome({ outcome }: { outcome: Outcome }) {
  if (outcome === undefined) return null;
  return "ok" in outcome ? (
    <StatusMessage text={outcome.ok} />
  ) : (
    <ErrorMessage error={outcome.error} />
  );
}

/** Runs an action and keeps what it came to. */
function useAction() {
  const [outcome, setOutcome] = useState<Outcome>();
  const run = async (action: () => Promise<string>) => {
    setOutcome(undefined);
    try {
      setOutcome({ ok: await action() });
    } catch (error) {
      setOutcome({ error: error as Error });
    }
  };
  return { outcome, run };
}

/** The Controls view: reset, faults, clock, export and import, and the page's settings. */
export function ControlsView(props: ControlsViewProps) {
  return (
    <section aria-labelledby="controls-title" class="controls">
      <h2 id="controls-title">Controls</h2>
      <ResetControl awsAccounts={props.awsAccounts} changed={props.changed} />
      <FaultsControl />
      <ClockControl clock={props.clock} changed={props.changed} />
      <ExportImportControl changed={props.changed} />
      <SettingsControl onDocsBaseChange={props.onDocsBaseChange} />
    </section>
  );
}

function ResetControl({ awsAccounts, changed }: { awsAccounts: string[]; changed: () => void }) {
  const [scope, setScope] = useState("");
  const [confirming, setConfirming] = useState(false);
  const { outcome, run } = useAction();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const what = scope === "" ? "everything (all AWS accounts and the call history)" : scope;
  const reset = () =>
    run(async () => {
      setConfirming(false);
      const answer = await api.reset(scope || undefined);
      changed();
      return answer.reset === "all" ? "Reset everything." : `Reset AWS account ${answer.reset}.`;
    });
  return (
    <fieldset>
      <legend>Reset</legend>
      <label>
        What to reset
        <select
          value={scope}
          onChange={(event) => {
            setScope(event.currentTarget.value);
            setConfirming(false);
          }}
        >
          <option value="">Everything</option>
          {awsAccounts.map((id) => (
            <option key={id} value={id}>
              AWS account {id}
            </option>
          ))}
        </select>
      </label>
      {confirming ? (
        <div class="confirm" role="group" aria-label="Confirm the reset">
          <p>Reset {what}? This cannot be undone.</p>
          <button type="button" class="danger" ref={confirmRef} onClick={reset}>
            Yes, reset
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <button
          type="button"
          onClick={() => {
            setConfirming(true);
            // Focus moves to the confirmation, so a keyboard user answers it next.
            setTimeout(() => confirmRef.current?.focus());
          }}
        >
          Reset…
        </button>
      )}
      <Outcome outcome={outcome} />
    </fieldset>
  );
}

/** The fault form's text fields, in the order the page shows them. */
const TEXT_FAULT_FIELDS = [
  { member: "operation", label: "Operation", placeholder: "GetUser, or * for all" },
  { member: "error", label: "Error", placeholder: "ThrottledClientException" },
  { member: "message", label: "Message", placeholder: "(optional)" },
  { member: "latency", label: "Latency", placeholder: "200ms (optional)" },
] as const;

function FaultsControl() {
  const faults = usePoll(() => api.faults(), 2000, "faults");
  const { outcome, run } = useAction();
  const [form, setForm] = useState({
    operation: "",
    error: "",
    message: "",
    latency: "",
    count: "1",
  });
  const field = (member: keyof typeof form) => (event: Event) =>
    setForm({ ...form, [member]: (event.currentTarget as HTMLInputElement).value });
  const add = (event: Event) => {
    event.preventDefault();
    void run(async () => {
      const request: Record<string, unknown> = { operation: form.operation.trim() || "*" };
      if (form.error.trim()) request.error = form.error.trim();
      if (form.message.trim()) request.message = form.message.trim();
      if (form.latency.trim()) request.latency = form.latency.trim();
      if (form.count.trim()) request.count = Number(form.count);
      const { added } = await api.addFault(request);
      faults.refresh();
      return `Added fault ${added.id}: ${describeFault(added)}.`;
    });
  };
  const rules = faults.value?.faults ?? [];
  return (
    <fieldset>
      <legend>Faults</legend>
      <form class="grid-form" onSubmit={add}>
        {TEXT_FAULT_FIELDS.map(({ member, label, placeholder }) => (
          <label key={member}>
            {label}
            <input
              name={member}
              value={form[member]}
              onInput={field(member)}
              placeholder={placeholder}
            />
          </label>
        ))}
        <label>
          Calls
          <input name="count" type="number" min="1" value={form.count} onInput={field("count")} />
        </label>
        <button type="submit">Add fault</button>
      </form>
      <Outcome outcome={outcome} />
      {faults.error && <ErrorMessage error={faults.error} />}
      {rules.length === 0 ? (
        <p class="empty">No faults planned.</p>
      ) : (
        <>
          <ul class="faults" aria-label="Planned faults">
            {rules.map((rule) => (
              <li key={rule.id}>
                Fault {rule.id}: {describeFault(rule)}{" "}
                <button
                  type="button"
                  aria-label={`Remove fault ${rule.id}`}
                  onClick={() =>
                    run(async () => {
                      await api.removeFault(rule.id);
                      faults.refresh();
                      return `Removed fault ${rule.id}.`;
                    })
                  }
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            onClick={() =>
              run(async () => {
                await api.clearFaults();
                faults.refresh();
                return "Removed every planned fault.";
              })
            }
          >
            Remove all faults
          </button>
        </>
      )}
    </fieldset>
  );
}

function describeFault(rule: FaultRule): string {
  const what = [
    rule.error && `fails with ${rule.error}`,
    rule.latencyMs !== undefined && `waits ${rule.latencyMs} ms`,
  ]
    .filter(Boolean)
    .join(" and ");
  const operation = rule.operation === "*" ? "any operation" : rule.operation;
  return `${operation} ${what}, ${rule.remaining} more call${rule.remaining === 1 ? "" : "s"}`;
}

function ClockControl({ clock, changed }: { clock?: Clock; changed: () => void }) {
  const [advance, setAdvance] = useState("1d");
  const { outcome, run } = useAction();
  const submit = (event: Event) => {
    event.preventDefault();
    void run(async () => {
      const text = advance.trim();
      const answer = await api.advanceClock(/^\d+$/.test(text) ? Number(text) : text);
      changed();
      return `Emulated time is now ${answer.now}.`;
    });
  };
  return (
    <fieldset>
      <legend>Clock</legend>
      <p>
        Emulated time: <time dateTime={clock?.now}>{clock?.now ?? "…"}</time>
        {clock && clock.offsetMs !== 0 && ` (${formatOffset(clock.offsetMs)} ahead of real time)`}
      </p>
      <form class="inline-form" onSubmit={submit}>
        <label>
          Advance by
          <input
            name="advance"
            value={advance}
            onInput={(event) => setAdvance(event.currentTarget.value)}
            placeholder="7d, 90m or milliseconds"
          />
        </label>
        <button type="submit">Advance clock</button>
      </form>
      <Outcome outcome={outcome} />
    </fieldset>
  );
}

function formatOffset(ms: number): string {
  const hours = ms / 3_600_000;
  return hours >= 48 ? `${(hours / 24).toFixed(1)} days` : `${hours.toFixed(1)} hours`;
}

function ExportImportControl({ changed }: { changed: () => void }) {
  const exported = useAction();
  const imported = useAction();
  const fileRef = useRef<HTMLInputElement>(null);
  const download = () =>
    exported.run(async () => {
      const state = await api.state();
      const blob = new Blob([JSON.stringify(state, null, 2) + "\n"], {
        type: "application/json",
      });
      const link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = `chimekit-state-${state.exportedAt.replace(/[:.]/g, "-")}.json`;
      link.click();
      URL.revokeObjectURL(link.href);
      return `Exported ${Object.keys(state.awsAccounts).length} AWS accounts to ${link.download}.`;
    });
  const upload = (event: Event) => {
    event.preventDefault();
    void imported.run(async () => {
      const file = fileRef.current?.files?.[0];
      if (!file) throw new Error("Choose a state document (JSON) to import first.");
      let document: unknown;
      try {
        document = JSON.parse(await file.text());
      } catch (error) {
        throw new Error(
          `${file.name} is not JSON: ${(error as Error).message}. Nothing was imported.`,
        );
      }
      await api.importState(document);
      changed();
      return `Imported ${file.name}.`;
    });
  };
  return (
    <fieldset>
      <legend>Export and import</legend>
      <button type="button" onClick={download}>
        Export state
      </button>
      <Outcome outcome={exported.outcome} />
      <form class="inline-form" onSubmit={upload}>
        <label>
          State document
          <input type="file" name="state" accept="application/json,.json" ref={fileRef} />
        </label>
        <button type="submit">Import state</button>
      </form>
      <Outcome outcome={imported.outcome} />
    </fieldset>
  );
}

function SettingsControl({ onDocsBaseChange }: { onDocsBaseChange: (url: string) => void }) {
  const [url, setUrl] = useState(docsBase());
  const [hasToken, setHasToken] = useState(controlToken.get() !== null);
  return (
    <fieldset>
      <legend>This page</legend>
      <form
        class="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          saveDocsBase(url);
          onDocsBaseChange(docsBase());
        }}
      >
        <label>
          API reference URL
          <input
            type="url"
            name="docs"
            value={url}
            onInput={(event) => setUrl(event.currentTarget.value)}
          />
        </label>
        <button type="submit">Save reference URL</button>
      </form>
      {hasToken && (
        <p>
          A control token is kept for this tab.{" "}
          <button
            type="button"
            onClick={() => {
              controlToken.clear();
              setHasToken(false);
            }}
          >
            Forget the control token
          </button>
        </p>
      )}
    </fieldset>
  );
}
