import type { ShapeNode, Traits } from "./smithy-ast.ts";
import { hasTrait, TRAIT, traitValue, type CommonErrorValue } from "./traits.ts";
import type { Report } from "./validate.ts";

/** The `commonErrors` trait's value: entries with a unique code, a 4xx/5xx status and documentation. */
export function checkCommonErrors(
  id: string,
  traits: Traits | undefined,
  shapes: Record<string, ShapeNode>,
  report: Report,
) {
  const value = traitValue<unknown>(traits, TRAIT.commonErrors);
  if (value === undefined) return;
  if (!hasTrait(shapes[TRAIT.commonErrors]?.traits, TRAIT.traitDefinition)) {
    report(
      id,
      undefined,
      `uses the trait ${TRAIT.commonErrors}, but the model does not define it (a shape with smithy.api#trait, in model/traits.json)`,
    );
  }
  if (!Array.isArray(value)) {
    report(
      id,
      undefined,
      `${TRAIT.commonErrors} must be a list of { code, httpStatus, documentation }`,
    );
    return;
  }
  const seen = new Set<string>();
  value.forEach((entry: Partial<Record<keyof CommonErrorValue, unknown>>, index) => {
    const where = `${TRAIT.commonErrors}[${index}]`;
    const { code, httpStatus, documentation } = entry ?? {};
    if (typeof code !== "string" || !/^[A-Za-z][A-Za-z0-9]*$/.test(code))
      report(id, undefined, `${where}.code must be an error name, not ${JSON.stringify(code)}`);
    else if (seen.has(code)) report(id, undefined, `${where}.code ${code} is listed twice`);
    else seen.add(code);
    if (
      typeof httpStatus !== "number" ||
      !Number.isInteger(httpStatus) ||
      httpStatus < 400 ||
      httpStatus > 599
    )
      report(
        id,
        undefined,
        `${where}.httpStatus must be a status code from 400 to 599, not ${JSON.stringify(httpStatus)}`,
      );
    if (typeof documentation !== "string" || documentation.trim() === "")
      report(id, undefined, `${where}.documentation must be non-empty text`);
  });
}
