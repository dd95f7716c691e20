const stub = new URL("./stub.cjs", import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === "better-sqlite3") return { url: stub, shortCircuit: true };
  return nextResolve(specifier, context);
}
