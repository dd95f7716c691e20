import { RULES, type CorrectionRule, type RuleKey } from "./rules.ts";

/** One repair of the reference's conversion damage, findable by where it happened. */
export interface Correction {
  /** `<rule>-<n>`: numbered in reference order within the rule, so ids are stable across runs. */
  id: string;
  rule: CorrectionRule;
  /** The operation or data type, and the member when there is one: `ListUsers.UserEmail`. */
  subject: string;
  /** 1-based line of the reference where the damaged text is. */
  line: number;
  /** What the text said (verbatim, shortened when long). */
  said: string;
  /** What the model holds instead. */
  holds: string;
}

export interface CorrectionInput {
  subject: string;
  line: number;
  said: string;
  holds: string;
}

/** Collects repairs while the reference is parsed; `list()` gives them in a stable order. */
export class CorrectionLog {
  private readonly entries: Array<{ rule: RuleKey } & CorrectionInput> = [];

  record(rule: RuleKey, input: CorrectionInput): void {
    this.entries.push({ rule, ...input });
  }

  list(): Correction[] {
    const sorted = [...this.entries].sort(
      (a, b) =>
        RULES[a.rule].id.localeCompare(RULES[b.rule].id) ||
        a.line - b.line ||
        a.subject.localeCompare(b.subject),
    );
    const counters = new Map<string, number>();
    return sorted.map((entry) => {
      const definition = RULES[entry.rule];
      const n = (counters.get(definition.id) ?? 0) + 1;
      counters.set(definition.id, n);
      return {
        id: `${definition.id}-${n}`,
        rule: definition,
        subject: entry.subject,
        line: entry.line,
        said: entry.said,
        holds: entry.holds,
      };
    });
  }
}
