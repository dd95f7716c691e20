import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, expect, it } from "vitest";
import { buildModel } from "../src/import/build/model.ts";
import { shapeId } from "../src/import/build/shape-ids.ts";
import { validateNode } from "../src/import/build/validate-node.ts";
import { correctionRow, parseCorrections } from "../src/import/corrections/markdown.ts";
import type { Correction } from "../src/import/corrections/log.ts";
import { compareWithReference } from "../src/import/coverage.ts";
import { REPO_ROOT } from "../src/import/reference-file.ts";
import { readReference } from "../src/import/parse/reference.ts";
import type { ParsedReference } from "../src/import/parse/types.ts";
import type { OperationShapeNode, SmithyModel } from "../src/model/smithy-ast.ts";
import { readModelFiles } from "./import/model-files.ts";
import { describeWithReference, referencePath } from "./support/reference-suite.ts";

const MODEL_DIR = path.join(REPO_ROOT, "model");

let reference: ParsedReference;
let corrections: Correction[];
let model: SmithyModel;

const ofType = (type: string) =>
  Object.entries(model.shapes).filter(([, shape]) => shape.type === type);

describeWithReference("the model covers the API reference", () => {
  beforeAll(() => {
    const reading = readReference(readFileSync(referencePath, "utf8"));
    // Building runs the sample checks, which log their own repairs and losses.
    buildModel(reading.reference, reading.log);
    reference = reading.reference;
    corrections = reading.log.list();
    model = readModelFiles(MODEL_DIR);
  });
  it("has the reference's 62 operations, 30 data types and 11 errors", () => {
    expect(reference.operations).toHaveLength(62);
    expect(reference.dataTypes).toHaveLength(30);
    expect(ofType("operation")).toHaveLength(62);
    const errors = Object.values(model.shapes).filter(
      (shape) => shape.traits?.["smithy.api#error"],
    );
    expect(errors).toHaveLength(11);
    for (const dataType of reference.dataTypes) {
      expect(model.shapes[shapeId(dataType.name)]?.type, dataType.name).toBe("structure");
    }
  });

  it("holds every operation, binding, member, type, constraint, required flag and error of the reference", () => {
    expect(compareWithReference(model, reference)).toEqual([]);
  });

  it("records every repair of the conversion damage in CORRECTIONS.md", () => {
    const recorded = parseCorrections(readFileSync(path.join(MODEL_DIR, "CORRECTIONS.md"), "utf8"));
    const byId = new Map(recorded.map((row) => [row.id, row]));
    const missing = corrections
      .map(correctionRow)
      .filter((row) => JSON.stringify(byId.get(row.id)) !== JSON.stringify(row));
    expect(missing).toEqual([]);
    const made = new Set(corrections.map((correction) => correction.id));
    const unexplained = recorded.filter(
      (row) => !made.has(row.id) && !row.id.startsWith("manual-"),
    );
    expect(unexplained).toEqual([]);
  });

  it("keeps only examples and protocol tests whose params the model accepts", () => {
    const problems: string[] = [];
    for (const [id, shape] of ofType("operation") as Array<[string, OperationShapeNode]>) {
      const traits = shape.traits ?? {};
      const inputs = [
        ...((traits["smithy.api#examples"] as Array<{ input?: unknown }> | undefined) ?? []).map(
          (e) => e.input,
        ),
        ...(
          (traits["smithy.test#httpRequestTests"] as Array<{ params: unknown }> | undefined) ?? []
        ).map((t) => t.params),
      ].filter((value) => value !== undefined);
      const outputs = [
        ...((traits["smithy.api#examples"] as Array<{ output?: unknown }> | undefined) ?? []).map(
          (e) => e.output,
        ),
        ...(
          (traits["smithy.test#httpResponseTests"] as Array<{ params: unknown }> | undefined) ?? []
        ).map((t) => t.params),
      ].filter((value) => value !== undefined);
      const lookup = (target: string) => model.shapes[target];
      for (const value of inputs)
        problems.push(...validateNode(value, shape.input!, lookup, `${id} input`));
      for (const value of outputs)
        problems.push(...validateNode(value, shape.output!, lookup, `${id} output`));
    }
    expect(problems).toEqual([]);
  });

  it("binds every URI label to a required httpLabel member and gives each operation its own route", () => {
    const problems: string[] = [];
    const routes = new Map<string, string>();
    for (const [id, shape] of ofType("operation") as Array<[string, OperationShapeNode]>) {
      const http = shape.traits?.["smithy.api#http"] as { method: string; uri: string };
      const [pathPart, query = ""] = http.uri.split("?");
      const input = model.shapes[shape.input!.target];
      const members = input.type === "structure" ? (input.members ?? {}) : {};
      const labels = [...pathPart.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      for (const label of labels) {
        const traits = members[label]?.traits ?? {};
        if (!("smithy.api#httpLabel" in traits) || !("smithy.api#required" in traits)) {
          problems.push(`${id}: label {${label}} has no required httpLabel member`);
        }
      }
      for (const [name, member] of Object.entries(members)) {
        if ("smithy.api#httpLabel" in (member.traits ?? {}) && !labels.includes(name)) {
          problems.push(`${id}: ${name} is an httpLabel without a {${name}} in the URI`);
        }
      }
      const route = `${http.method} ${pathPart.replace(/\{\w+\}/g, "{}")}?${query}`;
      if (routes.has(route))
        problems.push(`${id} and ${routes.get(route)} share the route ${route}`);
      routes.set(route, id);
    }
    expect(problems).toEqual([]);
  });

  it("writes every pattern as a JavaScript regular expression", () => {
    const problems: string[] = [];
    for (const [id, shape] of Object.entries(model.shapes)) {
      const members = "members" in shape ? Object.entries(shape.members ?? {}) : [];
      if (shape.type === "list") members.push(["member", shape.member]);
      for (const [name, member] of members) {
        const pattern = member.traits?.["smithy.api#pattern"];
        if (typeof pattern !== "string") continue;
        try {
          new RegExp(pattern, "u");
        } catch (error) {
          problems.push(`${id}$${name}: ${(error as Error).message}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
