import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";

interface PagedListProps<T> {
  items: T[];
  /** What the list holds, plural: "users", for the pager's labels. */
  noun: string;
  pageSize?: number;
  render: (items: T[]) => ComponentChildren;
}

/** Shows one page of `items` with previous/next buttons labelled for what they page through. */
export function PagedList<T>({ items, noun, pageSize = 20, render }: PagedListProps<T>) {
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(items.length / pageSize));
  const current = Math.min(page, pages - 1);
  const shown = items.slice(current * pageSize, (current + 1) * pageSize);
  if (items.length === 0) return <p class="empty">No {noun}.</p>;
  return (
    <>
      {render(shown)}
      {pages > 1 && (
        <nav class="pager" aria-label={`Pages of ${noun}`}>
          <button
            type="button"
            disabled={current === 0}
            aria-label={`Previous page of ${noun}`}
            onClick={() => setPage(current - 1)}
          >
            Previous
          </button>
          <span>
            {current + 1} / {pages} ({items.length} {noun})
          </span>
          <button
            type="button"
            disabled={current === pages - 1}
            aria-label={`Next page of ${noun}`}
            onClick={() => setPage(current + 1)}
          >
            Next
          </button>
        </nav>
      )}
    </>
  );
}
