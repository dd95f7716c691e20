/** The `smithy.api#http` trait as written in the model. */
export interface HttpTrait {
  method: string;
  uri: string;
  code?: number;
}

/** Splits an http trait's URI into its path template and its literal query. */
export function splitUri(uri: string): { path: string; query: string } {
  const mark = uri.indexOf("?");
  return mark === -1
    ? { path: uri, query: "" }
    : { path: uri.slice(0, mark), query: uri.slice(mark + 1) };
}

/** `{AccountId}` is a label, `{Key+}` a greedy one; a segment that is not wholly a label is literal. */
export function labelOf(segment: string): { name: string; greedy: boolean } | undefined {
  const label = /^\{([A-Za-z_][A-Za-z0-9_]*)(\+?)\}$/.exec(segment);
  return label ? { name: label[1], greedy: label[2] === "+" } : undefined;
}

/** Names of the labels in a path template, in order. */
export function labelNames(path: string): { name: string; greedy: boolean }[] {
  return path.split("/").flatMap((segment) => {
    const label = labelOf(segment);
    return label ? [label] : [];
  });
}
