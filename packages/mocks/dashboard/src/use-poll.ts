import { useEffect, useRef, useState } from "preact/hooks";

export interface Polled<T> {
  value?: T;
  error?: Error;
  /** Asks again now (after a change made from the page). */
  refresh: () => void;
}

/**
 * Calls `load` now and every `intervalMs` while the tab is visible; `paused`
 * stops the timer. A change of `key` starts over (a new filter, a new token).
 */
export function usePoll<T>(
  load: () => Promise<T>,
  intervalMs: number,
  key: unknown,
  paused = false,
): Polled<T> {
  const [value, setValue] = useState<T>();
  const [error, setError] = useState<Error>();
  const [tick, setTick] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = async () => {
      if (document.visibilityState !== "hidden") {
        try {
          const next = await loadRef.current();
          if (cancelled) return;
          setValue(next);
          setError(undefined);
        } catch (caught) {
          if (cancelled) return;
          setError(caught as Error);
        }
      }
      if (!cancelled && !paused) timer = setTimeout(run, intervalMs);
    };
    void run();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [key, tick, paused, intervalMs]);

  return { value, error, refresh: () => setTick((n) => n + 1) };
}
