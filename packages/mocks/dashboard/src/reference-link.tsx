import { referenceHref, referenceName, type ReferenceTarget } from "./docs-links.js";
import { RECORD_REFERENCE, type RecordKind } from "./state-model.js";

/** A link to the API reference page of a record's shape, opened beside the dashboard. */
export function ReferenceLink({ kind, docsBase }: { kind: RecordKind; docsBase: string }) {
  const target: ReferenceTarget = RECORD_REFERENCE[kind];
  const name = referenceName(target);
  return (
    <a
      class="reference"
      href={referenceHref(docsBase, target)}
      target="_blank"
      rel="noopener noreferrer"
      aria-label={`API reference of ${name}`}
    >
      {name}
    </a>
  );
}
