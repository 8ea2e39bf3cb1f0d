// How a developer page (seed, bench) talks to the terminal that drives it: progress lines on
// the console with a fixed prefix, and one final outcome on `window` that Playwright polls.

/** The prefix test/bench/driver.mjs looks for; other console output is the app's own. */
export const PAGE_LINE_PREFIX = '[taizhang] ';

export type PageOutcome<T> = { ok: true; result: T } | { ok: false; error: string };

declare global {
  interface Window {
    __taizhangOutcome?: PageOutcome<unknown>;
  }
}

export function pageLog(line: string): void {
  console.log(PAGE_LINE_PREFIX + line);
  const log = document.getElementById('log');
  if (log) log.textContent += `${line}\n`;
}

/** Runs the page's job once and leaves its outcome where the driver finds it. */
export async function runPageJob<T>(job: () => Promise<T>): Promise<void> {
  try {
    window.__taizhangOutcome = { ok: true, result: await job() };
  } catch (error) {
    const message = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
    pageLog(`失败：${message}`);
    window.__taizhangOutcome = { ok: false, error: message };
  }
}

/** Query-string options of the page as numbers, with defaults. */
export function numberParam(name: string, fallback: number): number {
  const raw = new URLSearchParams(location.search).get(name);
  const value = raw === null ? Number.NaN : Number(raw);
  return Number.isFinite(value) ? value : fallback;
}
