/** `["a", "b", "c"]` -> `a, b and c`. */
export function inWords(items: readonly string[]): string {
  if (items.length < 2) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** `PhoneNumberOrderResource` -> `Phone number order`. */
export function resourceTitle(name: string): string {
  const words = name
    .replace(/Resource$/, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
