/**
 * Reads a response body to text, whatever the request handler returned: a
 * Node stream (the default handler), a web `ReadableStream` (fetch-based
 * handlers), bytes or a string.
 */
export async function readBodyText(body: unknown): Promise<string> {
  if (body === undefined || body === null) {
    return "";
  }
  if (typeof body === "string") {
    return body;
  }
  if (body instanceof Uint8Array) {
    return Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("utf8");
  }
  if (typeof (body as ReadableStream).getReader === "function") {
    return new Response(body as ReadableStream).text();
  }
  if (typeof (body as NodeJS.ReadableStream).on === "function") {
    return readNodeStream(body as NodeJS.ReadableStream);
  }
  if (typeof (body as AsyncIterable<unknown>)[Symbol.asyncIterator] === "function") {
    const chunks: Buffer[] = [];
    for await (const chunk of body as AsyncIterable<Uint8Array | string>) {
      chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk));
    }
    return chunks.length === 1
      ? chunks[0]!.toString("utf8")
      : Buffer.concat(chunks).toString("utf8");
  }
  throw new TypeError(`Cannot read a response body of type ${typeof body}`);
}

/** Listeners cost less than an async iterator, which matters on every call. */
function readNodeStream(stream: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer | string) => {
      chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
    });
    stream.once("end", () => {
      resolve(
        chunks.length === 1 ? chunks[0]!.toString("utf8") : Buffer.concat(chunks).toString("utf8"),
      );
    });
    stream.once("error", reject);
  });
}
