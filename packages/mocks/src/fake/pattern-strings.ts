import type { FakeRandom } from "./fake-random.js";

/**
 * Strings matching a model pattern. The model's patterns use a small regular
 * expression subset (literals, `.`, classes with ranges, `\d \w \s \S`,
 * groups, alternation, `* + ? {n} {n,} {n,m}`, anchors), so a tiny parser
 * and a sampler cover them; anything else is reported with its position.
 */
type PatternNode =
  | { kind: "chars"; chars: string }
  | { kind: "alternation"; options: PatternNode[][] }
  | { kind: "repeat"; node: PatternNode; min: number; max: number };

const DIGITS = "0123456789";
const LOWER = "abcdefghijklmnopqrstuvwxyz";
const UPPER = LOWER.toUpperCase();
const WORD = LOWER + UPPER + DIGITS + "_";
/** What `.` and `\S` draw from: readable characters that every class above also treats as ordinary. */
const READABLE = LOWER + UPPER + DIGITS;

const ESCAPES: Readonly<Record<string, string>> = {
  d: DIGITS,
  w: WORD,
  s: " ",
  S: READABLE,
};

export class UnsupportedPatternError extends Error {
  constructor(pattern: string, index: number, problem: string) {
    super(`pattern ${JSON.stringify(pattern)} at ${index}: ${problem}`);
    this.name = "UnsupportedPatternError";
  }
}

class PatternParser {
  private index = 0;

  constructor(private readonly pattern: string) {}

  parse(): PatternNode {
    const node = this.alternation();
    if (this.index < this.pattern.length) this.fail(`unexpected ${this.peek()}`);
    return node;
  }

  private alternation(): PatternNode {
    const options = [this.sequence()];
    while (this.peek() === "|") {
      this.index++;
      options.push(this.sequence());
    }
    return { kind: "alternation", options };
  }

  private sequence(): PatternNode[] {
    const nodes: PatternNode[] = [];
    while (this.index < this.pattern.length && this.peek() !== "|" && this.peek() !== ")") {
      const atom = this.atom();
      if (atom) nodes.push(this.quantified(atom));
    }
    return nodes;
  }

  private atom(): PatternNode | undefined {
    const char = this.pattern[this.index++]!;
    switch (char) {
      case "^":
      case "$":
        return undefined;
      case ".":
        return { kind: "chars", chars: READABLE };
      case "\\":
        return { kind: "chars", chars: this.escape() };
      case "[":
        return { kind: "chars", chars: this.characterClass() };
      case "(": {
        if (this.pattern.startsWith("?:", this.index)) this.index += 2;
        else if (this.peek() === "?") this.fail("lookaround groups are not supported");
        const group = this.alternation();
        if (this.pattern[this.index++] !== ")") this.fail("unclosed group");
        return group;
      }
      default:
        return { kind: "chars", chars: char };
    }
  }

  private escape(): string {
    const char = this.pattern[this.index++];
    if (char === undefined) this.fail("trailing backslash");
    return ESCAPES[char!] ?? char!;
  }

  private characterClass(): string {
    if (this.peek() === "^") this.fail("negated classes are not supported");
    let chars = "";
    while (this.peek() !== "]") {
      if (this.index >= this.pattern.length) this.fail("unclosed class");
      const start =
        this.pattern[this.index++] === "\\" ? this.escape() : this.pattern[this.index - 1]!;
      if (this.peek() === "-" && this.pattern[this.index + 1] !== "]" && start.length === 1) {
        this.index++;
        const end = this.pattern[this.index++]!;
        for (let code = start.charCodeAt(0); code <= end.charCodeAt(0); code++)
          chars += String.fromCharCode(code);
      } else {
        chars += start;
      }
    }
    this.index++;
    return chars;
  }

  private quantified(node: PatternNode): PatternNode {
    const char = this.peek();
    if (char === "*" || char === "+" || char === "?") {
      this.index++;
      const min = char === "+" ? 1 : 0;
      return { kind: "repeat", node, min, max: char === "?" ? 1 : Infinity };
    }
    if (char !== "{") return node;
    const match = /^\{(\d+)(,(\d*))?\}/.exec(this.pattern.slice(this.index));
    if (!match) return node;
    this.index += match[0].length;
    const min = Number(match[1]);
    const max = match[2] === undefined ? min : match[3] ? Number(match[3]) : Infinity;
    return { kind: "repeat", node, min, max };
  }

  private peek(): string | undefined {
    return this.pattern[this.index];
  }

  private fail(problem: string): never {
    throw new UnsupportedPatternError(this.pattern, this.index, problem);
  }
}

const parsed = new Map<string, PatternNode>();

/** Parses a pattern once; the same pattern is met on many members. */
function parsePattern(pattern: string): PatternNode {
  let node = parsed.get(pattern);
  if (!node) {
    node = new PatternParser(pattern).parse();
    parsed.set(pattern, node);
  }
  return node;
}

/**
 * One string matching `pattern`. `stretch` is how many extra repetitions an
 * unbounded quantifier may draw, so a caller that needs a longer string can ask for one.
 */
export function sampleMatching(pattern: string, random: FakeRandom, stretch = 3): string {
  return sample(parsePattern(pattern), random, stretch);
}

function sample(node: PatternNode, random: FakeRandom, stretch: number): string {
  switch (node.kind) {
    case "chars":
      return random.pick([...node.chars]);
    case "alternation":
      return random
        .pick(node.options)
        .map((part) => sample(part, random, stretch))
        .join("");
    case "repeat": {
      const max = Number.isFinite(node.max) ? node.max : node.min + stretch;
      let text = "";
      for (let count = random.int(node.min, max); count > 0; count--)
        text += sample(node.node, random, stretch);
      return text;
    }
  }
}
