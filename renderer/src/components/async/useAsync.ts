// Loads something for a page and keeps the last good result while reloading, so screens do not flash.
import { useCallback, useEffect, useState } from 'react';

export interface AsyncState<T> {
  data: T | undefined;
  error: unknown;
  /** True while the result for the current inputs has not arrived. */
  loading: boolean;
  reload: () => void;
}

/** `load` should be memoised (useCallback); a new function means new inputs and a new load. */
export function useAsync<T>(load: () => Promise<T>): AsyncState<T> {
  const [result, setResult] = useState<{ for: () => Promise<T>; generation: number; data?: T; error?: unknown } | null>(null);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let live = true;
    load().then(
      (data) => live && setResult({ for: load, generation, data }),
      (error: unknown) => live && setResult({ for: load, generation, error: error ?? new Error('UNEXPECTED') }),
    );
    return () => { live = false; };
  }, [load, generation]);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  const current = result?.for === load && result.generation === generation;
  return { data: result?.data, error: current ? result.error : undefined, loading: !current, reload };
}
