/** `CreatePhoneNumberOrder` -> `create-phone-number-order`, `ResetPersonalPIN` -> `reset-personal-pin`: the AWS CLI's command names. */
export function cliCommandName(operation: string): string {
  return operation
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1-$2")
    .toLowerCase();
}

/** Quotes a word for POSIX shells: inside single quotes nothing is special but the quote itself. */
export function shellQuote(word: string): string {
  return /^[A-Za-z0-9_./:=@%+,-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

function hasMembers(input: unknown): boolean {
  return typeof input === "object" && input !== null && Object.keys(input).length > 0;
}

/**
 * The AWS CLI line that repeats a call against the same emulator. The input
 * goes whole into `--cli-input-json`, which takes the API's member names, so
 * no per-parameter flag mapping is needed.
 */
export function awsCliLine(operation: string, input: unknown, endpointUrl: string): string {
  const words = ["aws", "chime", cliCommandName(operation), "--endpoint-url", endpointUrl];
  if (hasMembers(input)) words.push("--cli-input-json", JSON.stringify(input));
  return words.map(shellQuote).join(" ");
}
