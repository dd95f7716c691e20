/** The first paragraph of model documentation, safe inside a doc comment. */
export function firstParagraph(documentation: string | undefined): string | undefined {
  const paragraph = documentation?.split(/\n\s*\n/)[0]?.trim();
  return paragraph ? paragraph.replace(/\*\//g, "*\\/") : undefined;
}
