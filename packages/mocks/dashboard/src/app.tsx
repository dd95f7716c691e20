import { useEffect, useState } from "preact/hooks";
import { api, onCredentialNeeded, type ControlApiError } from "./api.js";
import { CallsView } from "./calls-view.js";
import { ControlsView } from "./controls-view.js";
import { CredentialForm } from "./credential-form.js";
import { docsBase } from "./docs-links.js";
import { ErrorMessage } from "./messages.js";
import { StateView } from "./state-view.js";
import { usePoll } from "./use-poll.js";

const VIEWS = [
  { id: "state", title: "State" },
  { id: "calls", title: "Calls" },
  { id: "controls", title: "Controls" },
] as const;

type ViewId = (typeof VIEWS)[number]["id"];

function viewFromHash(): ViewId {
  const id = location.hash.slice(1);
  return VIEWS.find((view) => view.id === id)?.id ?? "state";
}

/** The dashboard: a header with the emulator's health and emulated time, three views chosen by the URL's hash. */
export function App() {
  const [view, setView] = useState<ViewId>(viewFromHash);
  const [refusal, setRefusal] = useState<ControlApiError>();
  /** Bumped by every change made from the page and by a new token: views reload at once. */
  const [changes, setChanges] = useState(0);
  const [docs, setDocs] = useState(docsBase);
  const changed = () => setChanges((n) => n + 1);

  useEffect(() => {
    const follow = () => setView(viewFromHash());
    addEventListener("hashchange", follow);
    return () => removeEventListener("hashchange", follow);
  }, []);
  useEffect(() => onCredentialNeeded(setRefusal), []);

  const status = usePoll(
    async () => ({ health: await api.health(), clock: await api.clock() }),
    2000,
    changes,
  );
  const health = status.value?.health;
  const awsAccounts = health?.awsAccounts ?? [];

  return (
    <>
      <a
        class="skip"
        href="#view"
        onClick={(event) => {
          // The hash names the view; skipping to the content must not change it.
          event.preventDefault();
          document.getElementById("view")?.focus();
        }}
      >
        Skip to the view
      </a>
      <header class="top">
        <h1>ChimeKit emulator</h1>
        <p class="health" aria-live="off">
          {health ? (
            <>
              Emulated time <time dateTime={health.now}>{health.now}</time> · {health.store} store ·{" "}
              {awsAccounts.length} AWS account{awsAccounts.length === 1 ? "" : "s"}
              {health.version && ` · @chimekit/mocks ${health.version}`}
            </>
          ) : (
            "Connecting…"
          )}
        </p>
        <nav aria-label="Views">
          <ul>
            {VIEWS.map(({ id, title }) => (
              <li key={id}>
                <a href={`#${id}`} aria-current={view === id ? "page" : undefined}>
                  {title}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="view" tabIndex={-1}>
        {refusal && (
          <CredentialForm
            refusal={refusal}
            saved={() => {
              setRefusal(undefined);
              changed();
            }}
          />
        )}
        {status.error && !refusal && <ErrorMessage error={status.error} />}
        {view === "state" && (
          <StateView docsBase={docs} awsAccounts={awsAccounts} changes={changes} />
        )}
        {view === "calls" && <CallsView changes={changes} endpoint={location.origin} />}
        {view === "controls" && (
          <ControlsView
            awsAccounts={awsAccounts}
            clock={status.value?.clock}
            changed={changed}
            onDocsBaseChange={setDocs}
          />
        )}
      </main>
    </>
  );
}
