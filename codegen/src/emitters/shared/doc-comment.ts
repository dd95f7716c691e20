/**
 * Model prose made safe inside a `/** ... *\/` doc comment: a star-slash in the text would end
 * the comment early, so it is escaped. Every TypeScript emitter writes model prose through here.
 */
export function commentSafe(text: string): string {
  return text.replace(/\*\//g, "*\\/");
}
