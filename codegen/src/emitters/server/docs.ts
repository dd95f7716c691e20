import { commentSafe } from "../shared/doc-comment.ts";

/** The first paragraph of model documentation, safe inside a doc comment. */
export function firstParagraph(documentation: string | undefined): string | undefined {
  const paragraph = documentation?.split(/\n\s*\n/)[0]?.trim();
  return paragraph ? commentSafe(paragraph) : undefined;
}
