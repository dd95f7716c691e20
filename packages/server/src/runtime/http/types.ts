/** A transport-neutral HTTP request, as every adapter hands it to the handler. */
export interface ChimeHttpRequest {
  method: string;
  /** The raw path, still percent-encoded, without the query. */
  path: string;
  /** The raw query string, without the leading `?`. */
  query: string;
  /** Header names in lower case; repeated headers joined with `, `. */
  headers: Record<string, string>;
  body: Uint8Array;
}

/** A transport-neutral HTTP response. Header names are lower case. */
export interface ChimeHttpResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: Uint8Array;
}
