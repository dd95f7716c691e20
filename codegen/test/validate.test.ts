import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { loadModel } from "../src/model/load.ts";
import { validateModel } from "../src/model/validate.ts";
import {
  addShapes,
  editShape,
  fixtureRoot,
  NS,
  removeFixtureRoots,
  type LooseShape,
} from "./support/fixture-root.ts";
import { problemsOf } from "./support/model-error.ts";

afterEach(removeFixtureRoots);

const MODEL_DIR = fileURLToPath(new URL("../../model/", import.meta.url));

function validate(root: string): void {
  validateModel(loadModel(join(root, "model"), root));
}

function member(shape: LooseShape, name: string): LooseShape {
  return shape.members[name];
}

/** Each case breaks the mini model one way and names the problem the validator must report. */
/** The real model's definition of the `commonErrors` trait, so the mini model can use it. */
function defineCommonErrorsTrait(root: string): void {
  const traits = JSON.parse(readFileSync(join(MODEL_DIR, "traits.json"), "utf8"));
  addShapes(root, "traits.json", traits.shapes);
}

function setCommonErrors(root: string, value: unknown): void {
  editShape(root, `${NS}Chime`, (shape) => {
    shape.traits["chimekit.traits#commonErrors"] = value;
  });
}

const brokenModels: { name: string; breakModel: (root: string) => void; problem: RegExp }[] = [
  {
    name: "a member targeting a shape that does not exist",
    breakModel: (root) =>
      editShape(root, `${NS}Account`, (shape) => {
        member(shape, "AccountType").target = `${NS}AcountType`;
      }),
    problem:
      /^com\.amazonaws\.chime#Account\$AccountType \(model\/shapes\.json:\d+\): targets com\.amazonaws\.chime#AcountType, which is not defined$/,
  },
  {
    name: "an operation whose error does not exist",
    breakModel: (root) =>
      editShape(root, `${NS}GetAccount`, (shape) => {
        shape.errors.push({ target: `${NS}GoneException` });
      }),
    problem:
      /^com\.amazonaws\.chime#GetAccount \(model\/operations\.json:\d+\): errors targets com\.amazonaws\.chime#GoneException, which is not defined$/,
  },
  {
    name: "a URI label without an input member",
    breakModel: (root) =>
      editShape(root, `${NS}GetAccount`, (shape) => {
        shape.traits["smithy.api#http"].uri = "/accounts/{AccountId}/users/{UserId}";
      }),
    problem:
      /^com\.amazonaws\.chime#GetAccount \(model\/operations\.json:\d+\): URI \/accounts\/\{AccountId\}\/users\/\{UserId\} has the label \{UserId\}, but the input com\.amazonaws\.chime#GetAccountRequest has no member UserId$/,
  },
  {
    name: "a URI label member that is not required",
    breakModel: (root) =>
      editShape(root, `${NS}GetAccountRequest`, (shape) => {
        delete member(shape, "AccountId").traits["smithy.api#required"];
      }),
    problem:
      /^com\.amazonaws\.chime#GetAccountRequest\$AccountId \(model\/operations\.json:\d+\): is the URI label \{AccountId\} of com\.amazonaws\.chime#GetAccount and must be smithy\.api#required$/,
  },
  {
    name: "an httpLabel member missing from the URI",
    breakModel: (root) =>
      editShape(root, `${NS}LogoutUser`, (shape) => {
        shape.traits["smithy.api#http"].uri = "/accounts/{AccountId}/users?operation=logout";
      }),
    problem:
      /^com\.amazonaws\.chime#LogoutUserRequest\$UserId \(model\/operations\.json:\d+\): has smithy\.api#httpLabel, but the URI .* has no \{UserId\} label$/,
  },
  {
    name: "two operations sharing a route (label names aside)",
    breakModel: (root) =>
      editShape(root, `${NS}UpdateAccount`, (shape) => {
        shape.traits["smithy.api#http"].method = "GET";
      }),
    problem:
      /^com\.amazonaws\.chime#UpdateAccount \(model\/operations\.json:\d+\): its route GET \/accounts\/\{AccountId\} is the route of com\.amazonaws\.chime#GetAccount$/,
  },
  {
    name: "a pattern that is not a JavaScript regular expression",
    breakModel: (root) =>
      editShape(root, `${NS}AccountName`, (shape) => {
        shape.traits["smithy.api#pattern"] = "[a-z";
      }),
    problem:
      /^com\.amazonaws\.chime#AccountName \(model\/shapes\.json:\d+\): smithy\.api#pattern "\[a-z" is not a valid JavaScript regular expression/,
  },
  {
    name: "an unknown trait",
    breakModel: (root) =>
      editShape(root, `${NS}Account`, (shape) => {
        shape.traits["smithy.api#mixin"] = {};
      }),
    problem:
      /^com\.amazonaws\.chime#Account \(model\/shapes\.json:\d+\): unknown trait smithy\.api#mixin/,
  },
  {
    name: "two enum members with the same value",
    breakModel: (root) =>
      editShape(root, `${NS}License`, (shape) => {
        shape.members.PRO_AGAIN = {
          target: "smithy.api#Unit",
          traits: { "smithy.api#enumValue": "Pro" },
        };
      }),
    problem:
      /^com\.amazonaws\.chime#License\$PRO_AGAIN \(model\/enums-and-errors\.json:\d+\): enum value "Pro" is also the value of PRO$/,
  },
  {
    name: "a paginated item member that does not exist",
    breakModel: (root) =>
      editShape(root, `${NS}ListAccounts`, (shape) => {
        shape.traits["smithy.api#paginated"].items = "Items";
      }),
    problem:
      /^com\.amazonaws\.chime#ListAccounts \(model\/operations\.json:\d+\): smithy\.api#paginated items "Items" is not a member of com\.amazonaws\.chime#ListAccountsResponse$/,
  },
  {
    name: "two members bound to the same query parameter",
    breakModel: (root) =>
      editShape(root, `${NS}ListAccountsRequest`, (shape) => {
        member(shape, "Name").traits["smithy.api#httpQuery"] = "next-token";
      }),
    problem:
      /^com\.amazonaws\.chime#ListAccountsRequest\$NextToken \(model\/operations\.json:\d+\): is bound to the query parameter "next-token", like Name$/,
  },
  {
    name: "a second service",
    breakModel: (root) =>
      addShapes(root, "service.json", { [`${NS}Other`]: { type: "service", version: "1" } }),
    problem:
      /^the model must define exactly one service shape; it defines 2 \(com\.amazonaws\.chime#Chime, com\.amazonaws\.chime#Other\)$/,
  },
  {
    name: "common errors with a status that is not an error status",
    breakModel: (root) => {
      defineCommonErrorsTrait(root);
      setCommonErrors(root, [
        { code: "ThrottlingException", httpStatus: 200, documentation: "Too many requests." },
      ]);
    },
    problem:
      /^com\.amazonaws\.chime#Chime \(model\/service\.json:\d+\): chimekit\.traits#commonErrors\[0\]\.httpStatus must be a status code from 400 to 599, not 200$/,
  },
  {
    name: "a common error listed twice",
    breakModel: (root) => {
      defineCommonErrorsTrait(root);
      const entry = { code: "InternalFailure", httpStatus: 500, documentation: "It failed." };
      setCommonErrors(root, [entry, entry]);
    },
    problem:
      /^com\.amazonaws\.chime#Chime \(model\/service\.json:\d+\): chimekit\.traits#commonErrors\[1\]\.code InternalFailure is listed twice$/,
  },
  {
    name: "common errors whose trait the model does not define",
    breakModel: (root) =>
      setCommonErrors(root, [
        { code: "InternalFailure", httpStatus: 500, documentation: "It failed." },
      ]),
    problem:
      /^com\.amazonaws\.chime#Chime \(model\/service\.json:\d+\): uses the trait chimekit\.traits#commonErrors, but the model does not define it/,
  },
];

describe("validateModel", () => {
  it("accepts the mini fixture model", () => {
    expect(() => validate(fixtureRoot())).not.toThrow();
  });

  it("accepts common errors once their trait is defined", () => {
    const root = fixtureRoot();
    defineCommonErrorsTrait(root);
    setCommonErrors(root, [
      { code: "InternalFailure", httpStatus: 500, documentation: "It failed." },
    ]);
    expect(() => validate(root)).not.toThrow();
  });

  it.each(brokenModels)("rejects $name", ({ breakModel, problem }) => {
    const root = fixtureRoot();
    breakModel(root);
    expect(problemsOf(() => validate(root))).toEqual([expect.stringMatching(problem)]);
  });

  it("reports every problem at once, not only the first", () => {
    const root = fixtureRoot();
    for (const { breakModel } of brokenModels.slice(0, 3)) breakModel(root);
    expect(problemsOf(() => validate(root))).toHaveLength(3);
  });

  it("points at the line of the offending member", () => {
    const root = fixtureRoot();
    brokenModels[0].breakModel(root);
    const [problem] = problemsOf(() => validate(root));
    const line = Number(/shapes\.json:(\d+)/.exec(problem)?.[1]);
    const text = readModelLines(root, "shapes.json");
    expect(text[line - 1]).toContain('"AccountType"');
  });
});

function readModelLines(root: string, file: string): string[] {
  return readFileSync(join(root, "model", file), "utf8").split("\n");
}
