// Wall-clock timing inside the page (performance.now), the only clock the benchmark trusts.

export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

/** Runs `work` `times` times in a row and returns each duration. */
export async function repeatTimed(times: number, work: (round: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let round = 0; round < times; round += 1) samples.push((await timed(() => work(round))).ms);
  return samples;
}

/** Lets the browser settle (GC, IndexedDB flush) between measurements so one does not bill the next. */
export const settle = (ms = 300): Promise<void> => new Promise((done) => setTimeout(done, ms));

declare global {
  interface Window {
    /** Present when Chromium runs with --js-flags=--expose-gc. */
    gc?: () => void;
  }
  interface Performance {
    /** Chromium only; precise with --enable-precise-memory-info. */
    memory?: { usedJSHeapSize: number; totalJSHeapSize: number };
  }
}

/** JS heap in use after a full GC, in MB; undefined outside Chromium. */
export function heapUsedMb(): number | undefined {
  window.gc?.();
  const used = performance.memory?.usedJSHeapSize;
  return used === undefined ? undefined : used / (1024 * 1024);
}
