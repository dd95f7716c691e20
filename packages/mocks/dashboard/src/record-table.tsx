import type { ComponentChildren } from "preact";
import { PagedList } from "./paged-list.js";
import { ReferenceLink } from "./reference-link.js";
import type { RecordKind } from "./state-model.js";

export interface Column<T> {
  label: string;
  cell: (row: T) => ComponentChildren;
}

interface RecordTableProps<T> {
  caption: string;
  /** Plural, for the pager and the empty message: "users". */
  noun: string;
  rows: T[];
  rowKey: (row: T) => string;
  columns: Column<T>[];
  kind: RecordKind;
  docsBase: string;
  pageSize?: number;
}

/** A paged table of records; the last column links each row to its shape in the API reference. */
export function RecordTable<T>(props: RecordTableProps<T>) {
  const { caption, noun, rows, rowKey, columns, kind, docsBase, pageSize } = props;
  return (
    <PagedList
      items={rows}
      noun={noun}
      pageSize={pageSize}
      render={(shown) => (
        <div class="table-scroll" tabIndex={0} role="region" aria-label={caption}>
          <table>
            <caption>{caption}</caption>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th scope="col" key={column.label}>
                    {column.label}
                  </th>
                ))}
                <th scope="col">Reference</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <tr key={rowKey(row)}>
                  {columns.map((column) => (
                    <td key={column.label}>{column.cell(row)}</td>
                  ))}
                  <td>
                    <ReferenceLink kind={kind} docsBase={docsBase} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    />
  );
}

/** A small record (settings) as a list of its members. */
export function Fields({ value }: { value: Record<string, unknown> | undefined }) {
  if (value === undefined) return <span class="empty">(defaults)</span>;
  return (
    <dl class="fields">
      {Object.entries(value).map(([name, member]) => (
        <div key={name}>
          <dt>{name}</dt>
          <dd>{text(member)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A member's value in a cell: strings as they are, the rest as compact JSON, absence as a dash. */
export function text(value: unknown): string {
  if (value === undefined || value === null || value === "") return "—";
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}
