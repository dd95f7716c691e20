import type { OperationIr } from "../../../ir/types.ts";
import { cliOptionName, kebabName } from "../../../naming.ts";
import { EMULATOR_ENDPOINT, EXAMPLE_REGION } from "./emulator.ts";
import type { SampleValue } from "../../shared/sample-values.ts";
import type { SampleEntry } from "./sample-input.ts";

/** The AWS CLI service name of the Chime API. */
const CLI_SERVICE = "chime";

/** Quotes a word for a POSIX shell only when it needs it. */
export function shellWord(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
}

function scalar(value: SampleValue): string {
  return value instanceof Date ? value.toISOString() : String(value);
}

/**
 * The operation as an AWS CLI command against the emulator, one option per
 * line, e.g. `aws chime get-user --endpoint-url http://127.0.0.1:… --account-id … --user-id …`.
 * Lists of scalars take one word per item, booleans the `--x`/`--no-x` form,
 * structures and lists of structures a JSON argument.
 */
export function cliExample(operation: OperationIr, input: SampleEntry[]): string {
  const words: string[] = [
    `aws ${CLI_SERVICE} ${kebabName(operation.name)}`,
    `--endpoint-url ${EMULATOR_ENDPOINT}`,
    `--region ${EXAMPLE_REGION}`,
  ];
  for (const { member, value } of input) {
    const option = cliOptionName(member.name);
    const kind = member.type.kind;
    if (kind === "boolean") {
      words.push(value === true ? option : `--no-${option.slice(2)}`);
    } else if (
      kind === "list" &&
      Array.isArray(value) &&
      value.every((item) => typeof item !== "object")
    ) {
      words.push(`${option} ${value.map((item) => shellWord(scalar(item))).join(" ")}`);
    } else if (kind === "list" || kind === "structure" || kind === "map" || kind === "document") {
      words.push(`${option} ${shellWord(JSON.stringify(value))}`);
    } else {
      words.push(`${option} ${shellWord(scalar(value))}`);
    }
  }
  return words.join(" \\\n  ");
}
