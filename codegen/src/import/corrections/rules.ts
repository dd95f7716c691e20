/**
 * The named repairs the importer applies to the reference's conversion damage.
 * Each rule says why the repaired reading is the right one; every instance is
 * logged (see `log.ts`) and lands as one row in `model/CORRECTIONS.md`.
 */
export interface CorrectionRule {
  id: string;
  title: string;
  why: string;
}

function rule(id: string, title: string, why: string): CorrectionRule {
  return { id, title, why };
}

export const RULES = {
  uriLabelBraces: rule(
    "uri-label-braces",
    "URI label printed without braces",
    "The path segment is the name of a parameter listed under URI Request Parameters, so it is a label whose braces the conversion dropped.",
  ),
  uriLineWrap: rule(
    "uri-line-wrap",
    "Request line wrapped inside the URI",
    "A URI holds no whitespace; the line break (and the padding before it) comes from the page layout.",
  ),
  patternNonSpaceClass: rule(
    "pattern-non-space-class",
    "`\\S` printed as `\\\\$`",
    "The conversion turns the class `\\S` into `\\\\$`; the same member prints as `.*\\S.*` elsewhere in the reference.",
  ),
  patternEscapedDollar: rule(
    "pattern-escaped-dollar",
    "End anchor `$` printed as `\\$`",
    "The conversion escapes every `$`; an escaped dollar before the end of an anchored pattern would never match a real value.",
  ),
  patternCallingNameSpace: rule(
    "pattern-calling-name-space",
    "Calling name pattern printed with spaces around `|` and none in its class",
    "Read as printed, `^$ ` and ` ^...` never match, so the spaces cannot stay where they are; but they are not layout either: the reference's one other alternation, `^8(00|33|44|55|66|77|88)$`, prints with none. A calling name is a caller ID name, and letters and digits alone would refuse most (`Acme Corp`); the reference's HTML edition prints `^$|^[a-zA-Z0-9 ]{2,15}$`. The model takes that reading: no spaces around `|`, a space in the class.",
  ),
  patternEmail: rule(
    "pattern-email",
    "Garbled email pattern",
    "The email pattern is printed intact as `.+@.+\\..+` on User.PrimaryEmail; the other prints double, swap or duplicate the escaped dot.",
  ),
  validValuesWrapped: rule(
    "valid-values-wrapped",
    "Valid Values continued on the next line",
    "A line that starts with `|` continues the list of values above it; the break is page layout.",
  ),
  codeBlockPageSplit: rule(
    "code-block-page-split",
    "Code block split across a page break",
    "Two consecutive code blocks with nothing but blank lines between them are one block cut by the page break.",
  ),
  syntaxBlockDamaged: rule(
    "syntax-block-damaged",
    "Request/Response Syntax JSON fused or truncated",
    "The syntax block is only an illustration; member names, types and constraints are taken from the parameter and element lists, which are intact.",
  ),
  sampleWrappedLines: rule(
    "sample-wrapped-lines",
    "Sample message wrapped over several lines",
    "A sample is one HTTP message printed on one line; wrapped lines are re-joined, with no space where the break split a token at a hyphen.",
  ),
  sampleConsolePrefix: rule(
    "sample-console-prefix",
    "Sample request path starts with `/console`",
    "Older samples show the console endpoint prefix; the operation's URI (Request Syntax) has no such prefix.",
  ),
  sampleSplitIdentifier: rule(
    "sample-split-identifier",
    "Identifier split by a space in a sample",
    "`Voice Connector` is not a value or member of the API; the enum value and member name are `VoiceConnector`, which the layout split.",
  ),
  sampleArnSlash: rule(
    "sample-arn-slash",
    "IAM user ARN printed with a space for its slash",
    "An IAM user ARN reads `arn:aws:iam::<account>:user/<name>` (as the reference's room membership samples print it) and holds no space; the slash is where the line broke in one sample and is lost in the others.",
  ),
  sampleStrayCaption: rule(
    "sample-stray-caption",
    "Caption text fused before a sample request line",
    "An HTTP message starts with its method; the words before it are a caption the conversion pulled into the code block.",
  ),
  sampleUnmodeledMembers: rule(
    "sample-unmodeled-members",
    "Sample response carries members the API does not define, or nulls",
    "The sample predates the documented shape; the extra members and nulls are kept in the test body (clients ignore them) but not in params, and the test applies to clients only.",
  ),
  sampleBroken: rule(
    "sample-broken",
    "Sample message broken beyond repair",
    "The message is truncated or garbled (cut-off JSON, missing body, mangled value) or contradicts the documented constraints (placeholder IDs that are not hexadecimal); it is left out of the examples and protocol tests rather than guessed.",
  ),
} as const satisfies Record<string, CorrectionRule>;

export type RuleKey = keyof typeof RULES;
