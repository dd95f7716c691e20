import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chimeServiceSchema, type OperationSchema } from "../../src/generated/index.js";
import { ValidValues } from "../support/arbitraries.js";
import { invalidMutations, type Mutation } from "../support/invalid-inputs.js";
import { serviceUnderTest } from "../support/service-under-test.js";
import { WireEncoder } from "../support/wire-encoder.js";

const RUNS_PER_OPERATION = 15;
const encoder = new WireEncoder(chimeServiceSchema);
const values = new ValidValues(chimeServiceSchema);
// Seeded so that a failure reproduces; the seed changes only here.
const seed = 20180501;

function validInputsReachTheMethod(operation: OperationSchema) {
  return fc.assert(
    fc.asyncProperty(values.structure(operation.input), async (input) => {
      const { send, calls } = serviceUnderTest();
      const response = await send(encoder.request(operation, input));
      expect(response.statusCode, new TextDecoder().decode(response.body)).toBe(
        operation.http.code,
      );
      expect(calls).toHaveLength(1);
      expect(calls[0].method).toBe(operation.method);
      expect(calls[0].input).toEqual(input);
    }),
    { numRuns: RUNS_PER_OPERATION, seed },
  );
}

function invalidInputsAreRejected(operation: OperationSchema, mutations: Mutation[]) {
  return fc.assert(
    fc.asyncProperty(
      values.structure(operation.input),
      fc.constantFrom(...mutations),
      async (input, mutation) => {
        const { send, calls } = serviceUnderTest();
        const response = await send(encoder.request(operation, mutation.apply(input)));
        expect(response.statusCode, mutation.description).toBe(400);
        expect(response.headers["x-amzn-errortype"]).toBe("BadRequestException");
        expect(calls).toHaveLength(0);
      },
    ),
    { numRuns: RUNS_PER_OPERATION, seed },
  );
}

function garbageNeverFails(operation: OperationSchema) {
  return fc.assert(
    fc.asyncProperty(
      values.structure(operation.input),
      fc.uint8Array({ maxLength: 64 }),
      fc.string(),
      async (input, body, query) => {
        const { send } = serviceUnderTest();
        const request = encoder.request(operation, input);
        const response = await send({ ...request, body, query: `${request.query}&${query}` });
        expect(response.statusCode).toBeLessThan(500);
      },
    ),
    { numRuns: RUNS_PER_OPERATION, seed },
  );
}

describe.each(chimeServiceSchema.operations.map((op) => [op.name, op] as const))(
  "%s",
  (_name, operation) => {
    it("hands random valid inputs to the service method intact", () =>
      validInputsReachTheMethod(operation));
    const mutations = invalidMutations(chimeServiceSchema, operation);
    // An input with nothing to break (no members, or free-form labels only) has no invalid form.
    if (mutations.length > 0) {
      it("rejects random invalid inputs with 400 before the service method runs", () =>
        invalidInputsAreRejected(operation, mutations));
    }
    it("never answers random bytes in the body or query with a 5xx", () =>
      garbageNeverFails(operation));
  },
);
