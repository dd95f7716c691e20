import type { GeneratedFile } from "../../emit/emitter.ts";
import type { MemberIr, ModelIr, OperationIr, StructureIr } from "../../ir/types.ts";
import { mocksGeneratedPath } from "../../naming.ts";
import type { LiteralObject } from "../shared/literal.ts";
import { tableFile } from "./table-file.ts";

/**
 * Paging and filtering of every paginated operation. `ListUsers` (page size
 * `MaxResults` in 1..200, "Defaults to 100", query members `UserEmail` and
 * `UserType`) gives
 * `ListUsers: { inputToken: "NextToken", outputToken: "NextToken", pageSize: "MaxResults", items: "Users", pageSizeRange: { min: 1, max: 200 }, defaultPageSize: 100, filters: ["UserEmail", "UserType"] }`.
 */
export function listOperationTable(ir: ModelIr): GeneratedFile {
  const rows: Record<string, LiteralObject> = {};
  for (const operation of ir.operations) {
    if (operation.paginated) rows[operation.name] = listRow(ir, operation);
  }
  return tableFile({
    path: mocksGeneratedPath("list-operations"),
    name: "listOperationTable",
    docs: "Paging and filtering of every paginated operation: token and page-size members, the modeled page-size range, the documented default page size and the query members that filter.",
    rows,
    keyType: { name: "ListOperationName", docs: "The name of a paginated operation." },
  });
}

function listRow(ir: ModelIr, operation: OperationIr): LiteralObject {
  const pagination = operation.paginated!;
  const input = ir.shapes.get(operation.input) as StructureIr;
  const pageSize = pagination.pageSize
    ? input.members.find((member) => member.name === pagination.pageSize)
    : undefined;
  const filters = input.members
    .filter((member) => member.binding.location === "query")
    .map((member) => member.name)
    .filter((name) => name !== pagination.inputToken && name !== pagination.pageSize)
    .sort();
  return {
    inputToken: pagination.inputToken,
    outputToken: pagination.outputToken,
    pageSize: pagination.pageSize,
    items: pagination.items,
    pageSizeRange: pageSize ? pageSizeRange(pageSize) : undefined,
    defaultPageSize: pageSize ? documentedDefault(pageSize) : undefined,
    filters,
  };
}

function pageSizeRange(member: MemberIr): LiteralObject | undefined {
  const range = member.constraints.range;
  return range ? { min: range.min, max: range.max } : undefined;
}

/** The reference states some defaults only in prose: "Defaults to 100.", "The default is 10." */
function documentedDefault(member: MemberIr): number | undefined {
  const match = /\bdefaults? (?:to|is) (\d+)/i.exec(member.documentation ?? "");
  return match ? Number(match[1]) : undefined;
}
