import { useEffect, useState } from "preact/hooks";
import { api } from "./api.js";
import { callStatus, matchesCallFilter, mergeCalls, type CallFilter } from "./calls-feed.js";
import { awsCliLine } from "./cli-line.js";
import { JsonBlock } from "./json-block.js";
import { ErrorMessage } from "./messages.js";
import type { CallRecord } from "./types.js";

/** Calls shown before "Show more". */
const SHOWN_CALLS = 50;
/** Calls asked for per request of the history. */
const PAGE_SIZE = 500;

/**
 * The call history, kept up to date by polling `GET /_chimekit/calls?after=`
 * once a second (and at once again while the emulator says more calls match).
 */
function useCallFeed(changes: number, paused: boolean) {
  const [calls, setCalls] = useState<CallRecord[]>([]);
  const [error, setError] = useState<Error>();
  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let known: CallRecord[] = [];
    setCalls(known);
    const poll = async () => {
      try {
        for (;;) {
          if (document.visibilityState === "hidden") break;
          const page = await api.calls({ after: known[0]?.seq, limit: PAGE_SIZE });
          if (cancelled) return;
          known = mergeCalls(known, page.calls);
          setCalls(known);
          setError(undefined);
          if (page.nextAfter === undefined) break;
        }
      } catch (caught) {
        if (cancelled) return;
        setError(caught as Error);
      }
      if (!paused) timer = setTimeout(poll, 1000);
    };
    void poll();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [changes, paused]);
  return { calls, error };
}

function distinct(values: string[]): string[] {
  return [...new Set(values)].sort();
}

/** The Calls view: newest first, filterable; each call opens to its detail. */
export function CallsView({ changes, endpoint }: { changes: number; endpoint: string }) {
  const [paused, setPaused] = useState(false);
  const [filter, setFilter] = useState<CallFilter>({
    operation: "",
    status: "",
    awsAccountId: "",
  });
  const [limit, setLimit] = useState(SHOWN_CALLS);
  const { calls, error } = useCallFeed(changes, paused);
  const matching = calls.filter((call) => matchesCallFilter(call, filter));
  const shown = matching.slice(0, limit);
  const set = (member: keyof CallFilter) => (event: Event) =>
    setFilter({ ...filter, [member]: (event.currentTarget as HTMLSelectElement).value });
  return (
    <section aria-labelledby="calls-title">
      <h2 id="calls-title">Calls</h2>
      <form class="toolbar" onSubmit={(event) => event.preventDefault()}>
        <label>
          Operation
          <select value={filter.operation} onChange={set("operation")}>
            <option value="">All operations</option>
            {distinct([...calls.map((call) => call.operation), filter.operation])
              .filter(Boolean)
              .map((operation) => (
                <option key={operation} value={operation}>
                  {operation}
                </option>
              ))}
          </select>
        </label>
        <label>
          Status
          <select value={filter.status} onChange={set("status")}>
            <option value="">Any status</option>
            <option value="ok">Succeeded</option>
            <option value="error">Failed</option>
          </select>
        </label>
        <label>
          AWS account
          <select value={filter.awsAccountId} onChange={set("awsAccountId")}>
            <option value="">All AWS accounts</option>
            {distinct([...calls.map((call) => call.awsAccountId), filter.awsAccountId])
              .filter(Boolean)
              .map((id) => (
                <option key={id} value={id}>
                  {id}
                </option>
              ))}
          </select>
        </label>
        <label class="inline">
          <input
            type="checkbox"
            checked={!paused}
            onChange={(event) => setPaused(!event.currentTarget.checked)}
          />
          Live updates
        </label>
      </form>
      {error && <ErrorMessage error={error} />}
      <p class="count" aria-live="polite">
        {matching.length} of {calls.length} calls
      </p>
      <ol class="calls" reversed>
        {shown.map((call) => (
          <CallItem key={call.seq} call={call} endpoint={endpoint} />
        ))}
      </ol>
      {matching.length > shown.length && (
        <button type="button" onClick={() => setLimit(limit + SHOWN_CALLS)}>
          Show {Math.min(SHOWN_CALLS, matching.length - shown.length)} more calls
        </button>
      )}
    </section>
  );
}

function CallItem({ call, endpoint }: { call: CallRecord; endpoint: string }) {
  const status = callStatus(call);
  const outcome = call.error
    ? `${call.statusCode ?? ""} ${call.error.name}`.trim()
    : `${call.statusCode ?? "OK"}`;
  return (
    <li class={`call ${status}`} data-seq={call.seq}>
      <details>
        <summary>
          <span class="seq">#{call.seq}</span>
          <span class="operation">{call.operation}</span>
          <span class={`badge ${status}`}>{outcome}</span>
          <span class="meta">
            {call.time} · {call.awsAccountId} · {call.durationMs} ms
          </span>
        </summary>
        <div class="call-detail">
          {call.error && (
            <p class="message error">
              <strong>{call.error.name}</strong>: {call.error.message}
            </p>
          )}
          <dl class="fields">
            <div>
              <dt>Request ID</dt>
              <dd>{call.requestId ?? "—"}</dd>
            </div>
            <div>
              <dt>Duration</dt>
              <dd>{call.durationMs} ms</dd>
            </div>
            {call.statusCode !== undefined && (
              <div>
                <dt>HTTP status</dt>
                <dd>{call.statusCode}</dd>
              </div>
            )}
          </dl>
          <h3>Input</h3>
          <JsonBlock value={call.input} label={`Input of call ${call.seq}`} />
          {call.error ? null : (
            <>
              <h3>Output</h3>
              <JsonBlock value={call.output} label={`Output of call ${call.seq}`} />
            </>
          )}
          {call.operation !== "(unknown)" && (
            <>
              <h3>AWS CLI</h3>
              <pre class="code cli" tabIndex={0} aria-label={`AWS CLI line of call ${call.seq}`}>
                {awsCliLine(call.operation, call.input, endpoint)}
              </pre>
            </>
          )}
        </div>
      </details>
    </li>
  );
}
