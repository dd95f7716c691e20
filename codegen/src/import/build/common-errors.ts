import type { ShapeNode } from "../../model/smithy-ast.ts";
import { COMMON_ERROR_SHAPE, TRAIT, type CommonErrorValue } from "../../model/traits.ts";
import type { ParsedCommonError } from "../parse/types.ts";

/** The definition of the `commonErrors` trait, in ChimeKit's own namespace. */
export function commonErrorsTraitShapes(): Record<string, ShapeNode> {
  const requiredString = (documentation: string) => ({
    target: "smithy.api#String",
    traits: { "smithy.api#documentation": documentation, "smithy.api#required": {} },
  });
  return {
    [TRAIT.commonErrors]: {
      type: "list",
      member: { target: COMMON_ERROR_SHAPE },
      traits: {
        "smithy.api#documentation":
          "Errors common to every action of every AWS service, as the API reference lists them. Documentation only: they are not error shapes, and clients raise them as the service's base exception named after the code.",
        "smithy.api#trait": { selector: "service" },
      },
    },
    [COMMON_ERROR_SHAPE]: {
      type: "structure",
      members: {
        code: requiredString("The error's name, as the `x-amzn-ErrorType` header carries it."),
        documentation: requiredString("When the error happens (CommonMark)."),
        httpStatus: {
          target: "smithy.api#Integer",
          traits: {
            "smithy.api#documentation": "The HTTP status the error is answered with.",
            "smithy.api#range": { min: 400, max: 599 },
            "smithy.api#required": {},
          },
        },
      },
      traits: { "smithy.api#documentation": "One error of the `commonErrors` trait." },
    },
  };
}

/** The `commonErrors` trait's value, in the reference's order. */
export function commonErrorsTraitValue(errors: readonly ParsedCommonError[]): CommonErrorValue[] {
  return errors.map(({ code, httpStatus, documentation }) => ({ code, httpStatus, documentation }));
}
