import { ControlApiError } from "./api.js";

/** A refused or failed control call, announced to screen readers as it appears. */
export function ErrorMessage({ error }: { error: Error }) {
  const status = error instanceof ControlApiError ? ` (HTTP ${error.status})` : "";
  return (
    <p class="message error" role="alert">
      {error.message}
      {status}
    </p>
  );
}

/** The outcome of an action taken from the page. */
export function StatusMessage({ text }: { text: string }) {
  return (
    <p class="message ok" role="status">
      {text}
    </p>
  );
}
