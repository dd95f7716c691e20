/** A value as indented JSON, in a block that scrolls sideways instead of widening the page. */
export function JsonBlock({ value, label }: { value: unknown; label: string }) {
  return (
    <pre class="code" tabIndex={0} aria-label={label}>
      {value === undefined ? "(none)" : JSON.stringify(value, null, 2)}
    </pre>
  );
}
