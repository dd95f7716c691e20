import type { CorrectionLog } from "../corrections/log.ts";
import type { CodeBlock } from "../reference/code-blocks.ts";
import type { HttpMethod, ParsedSampleRequest, ParsedSampleResponse } from "./types.ts";
import { shorten } from "./syntax-block.ts";

/** A sample as one line: the text, where it starts, and whether wrapped lines had to be joined. */
export interface JoinedSample {
  text: string;
  line: number;
}

/** Characters after which a wrapped line continues without a space (the break split a token). */
const GLUE_AFTER = /[-/?&=]$/;

/**
 * Re-joins a sample that the layout wrapped: trailing padding is dropped, and the pieces are joined
 * with a space unless the break fell right after a hyphen, slash or query separator inside a token.
 */
export function joinSample(block: CodeBlock, subject: string, log: CorrectionLog): JoinedSample {
  const pieces = block.lines.map((line) => line.text.trim()).filter((text) => text !== "");
  let text = "";
  for (const piece of pieces) {
    text = text === "" ? piece : GLUE_AFTER.test(text) ? text + piece : `${text} ${piece}`;
  }
  const line = block.lines.find((entry) => entry.text.trim() !== "")?.line ?? block.line;
  if (pieces.length > 1) {
    log.record("sampleWrappedLines", {
      subject,
      line,
      said: `${pieces.length} lines: ${shorten(pieces.join(" / "), 70)}`,
      holds: shorten(text, 70),
    });
  }
  return { text, line };
}

/** `Voice Connector` (split by the layout) -> `VoiceConnector`, the API's value and member name. */
function repairSplitIdentifiers(
  text: string,
  subject: string,
  line: number,
  log: CorrectionLog,
): string {
  if (!text.includes("Voice Connector")) return text;
  log.record("sampleSplitIdentifier", {
    subject,
    line,
    said: "Voice Connector",
    holds: "VoiceConnector",
  });
  return text.replaceAll("Voice Connector", "VoiceConnector");
}

/** `arn:aws:iam::111122223333:user alejandro` -> `...:user/alejandro`: an ARN holds no space. */
function repairArnSlash(text: string, subject: string, line: number, log: CorrectionLog): string {
  return text.replace(
    /(arn:aws:iam::\d{12}:user) (\w[\w+=,.@-]*)/g,
    (said: string, arn: string, name: string) => {
      log.record("sampleArnSlash", { subject, line, said, holds: `${arn}/${name}` });
      return `${arn}/${name}`;
    },
  );
}

/** Every repair of a sample's text after its request or status line. */
function repairSampleText(text: string, subject: string, line: number, log: CorrectionLog): string {
  return repairArnSlash(repairSplitIdentifiers(text, subject, line, log), subject, line, log);
}

/** The JSON body at the end of a fused message: from the first `{` (or `[`) on, if any. */
function bodyAfter(text: string): string | undefined {
  const start = text.search(/[{[]/);
  if (start === -1) return undefined;
  return text.slice(start).trim();
}

function headerValue(text: string, name: string): string | undefined {
  const match = new RegExp(`${name}: (\\S+)`, "i").exec(text);
  return match?.[1];
}

function splitQuery(query: string): Array<[string, string]> {
  return query
    .split("&")
    .filter((pair) => pair !== "")
    .map((pair) => {
      const index = pair.indexOf("=");
      return index === -1 ? [pair, ""] : [pair.slice(0, index), pair.slice(index + 1)];
    });
}

/**
 * Parses a fused one-line sample request: `METHOD /path?query HTTP/1.1 Host: ... Content-Length: N {body}`.
 * The `/console` prefix of older samples is dropped. Returns undefined when the request line is unreadable.
 */
export function parseSampleRequest(
  sample: JoinedSample,
  subject: string,
  log: CorrectionLog,
): ParsedSampleRequest | undefined {
  const requestLine = /(?:^|\s)((?:GET|POST|PUT|DELETE) \/.*)$/.exec(sample.text);
  if (!requestLine) return undefined;
  if (requestLine.index > 0) {
    const caption = sample.text.slice(0, requestLine.index).trim();
    log.record("sampleStrayCaption", {
      subject,
      line: sample.line,
      said: `${caption} ${shorten(requestLine[1], 40)}`,
      holds: shorten(requestLine[1], 40),
    });
  }
  const match = /^(GET|POST|PUT|DELETE) (\S+) HTTP\/1\.1\b(.*)$/.exec(requestLine[1]);
  if (!match) return undefined;
  let target = match[2];
  if (target.startsWith("/console/")) {
    const repaired = target.slice("/console".length);
    log.record("sampleConsolePrefix", {
      subject,
      line: sample.line,
      said: shorten(target, 60),
      holds: shorten(repaired, 60),
    });
    target = repaired;
  }
  const [path, query = ""] = target.split("?");
  const rest = repairSampleText(match[3], subject, sample.line, log);
  const headers: Record<string, string> = {};
  const contentLength = headerValue(rest, "Content-Length");
  if (contentLength !== undefined) headers["Content-Length"] = contentLength;
  return {
    method: match[1] as HttpMethod,
    path,
    query: splitQuery(query),
    headers,
    body: bodyAfter(rest.replace(/^.*?(AUTHPARAMS|Content-Length: \d+)/, "")),
    line: sample.line,
  };
}

/** Parses a fused one-line sample response: `HTTP/1.1 200 OK x-amzn-RequestId: ... Connection: keep-alive {body}`. */
export function parseSampleResponse(
  sample: JoinedSample,
  subject: string,
  log: CorrectionLog,
): ParsedSampleResponse | undefined {
  const match = /^HTTP\/1\.1 (\d{3})\b(.*)$/.exec(sample.text);
  if (!match) return undefined;
  const rest = repairSampleText(match[2], subject, sample.line, log);
  const headers: Record<string, string> = {};
  const contentType = headerValue(rest, "Content-Type");
  if (contentType !== undefined) headers["Content-Type"] = contentType;
  const afterHeaders = rest.includes("keep-alive")
    ? rest.slice(rest.indexOf("keep-alive") + "keep-alive".length)
    : "";
  return { code: Number(match[1]), headers, body: bodyAfter(afterHeaders), line: sample.line };
}
