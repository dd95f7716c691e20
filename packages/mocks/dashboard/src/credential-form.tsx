import { useState } from "preact/hooks";
import { controlToken, type ControlApiError } from "./api.js";

/**
 * Asks for the control token when the emulator runs with `--auth sigv4`. The
 * token is kept in sessionStorage: for this tab only.
 */
export function CredentialForm({
  refusal,
  saved,
}: {
  refusal: ControlApiError;
  saved: () => void;
}) {
  const [token, setToken] = useState("");
  return (
    <form
      class="credential"
      aria-labelledby="credential-title"
      onSubmit={(event) => {
        event.preventDefault();
        if (token.trim() === "") return;
        controlToken.set(token.trim());
        saved();
      }}
    >
      <h2 id="credential-title">Control token needed</h2>
      <p role="alert">
        {refusal.code === "ControlCredentialInvalid"
          ? "The emulator refused the control token this tab holds. "
          : "This emulator runs with --auth sigv4: its control API needs a token. "}
        Give the token printed in its start banner (or set with --control-token or
        CHIMEKIT_CONTROL_TOKEN). This tab keeps it until it is closed.
      </p>
      <label>
        Control token
        <input
          type="password"
          name="token"
          autoComplete="off"
          value={token}
          onInput={(event) => setToken(event.currentTarget.value)}
        />
      </label>
      <button type="submit">Use this token</button>
    </form>
  );
}
