// [L1]–[L3] in real Chromium with real IndexedDB: 200 saves (creates, edits, moves to the recycle
// bin, small imports) on the fault page (renderer/seed.html?job=save-faults), whose renderer is crashed
// (CDP Page.crash) at seeded random moments. After every reopen, every record has the history
// entry of its last save and exactly its search words, nothing belongs to a missing record, and
// every save the page confirmed before it died is there. Replay a failure with
// TAIZHANG_FAULT_SEED=<the seed in the message>.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { createRandom } from '../../renderer/src/dev/prng';

const SAVES = 200;
/**
 * A kill comes after 1 … this many more saves were confirmed, then 0 … KILL_JITTER_MS later, so most
 * land inside the next save. Counting saves (not ms since open) keeps the number of kills the same on a
 * fast machine and a slow one: at least SAVES / MAX_SAVES_BETWEEN_KILLS of them.
 */
const MAX_SAVES_BETWEEN_KILLS = 25;
const KILL_JITTER_MS = 150;
const PREFIX = '[taizhang] ';

interface PageAudit {
  records: number;
  history: string[];
  problems: string[];
  replayed: { completed: number; whole: number; dropped: number };
}

interface Run {
  audit: Promise<PageAudit>;
  done: Promise<void>;
  confirmed: { n: number; key: string }[];
  failure: string[];
  /** Resolves once this many saves of the run were confirmed (or never, if the run ends first). */
  confirmedAtLeast: (count: number) => Promise<void>;
}

/** Opens the fault page and follows its console lines. */
async function startRun(context: BrowserContext, seed: number, from: number): Promise<{ page: Page; run: Run }> {
  const page = await context.newPage();
  const run = { confirmed: [], failure: [] } as unknown as Run;
  let auditSeen: (audit: PageAudit) => void = () => undefined;
  let doneSeen: () => void = () => undefined;
  run.audit = new Promise((resolve) => { auditSeen = resolve; });
  run.done = new Promise((resolve) => { doneSeen = resolve; });
  const waiting: { count: number; resolve: () => void }[] = [];
  run.confirmedAtLeast = (count) => new Promise((resolve) => {
    if (run.confirmed.length >= count) resolve();
    else waiting.push({ count, resolve });
  });
  page.on('console', (message) => {
    const text = message.text();
    if (!text.startsWith(PREFIX)) {
      if (message.type() === 'error') run.failure.push(text);
      return;
    }
    const line = text.slice(PREFIX.length);
    if (line.startsWith('audit ')) auditSeen(JSON.parse(line.slice(6)) as PageAudit);
    else if (line.startsWith('confirmed ')) {
      const save = JSON.parse(line.slice(10)) as { n: number; recordId: string; at: string };
      run.confirmed.push({ n: save.n, key: `${save.recordId}@${save.at}` });
      for (const wait of waiting.filter((each) => run.confirmed.length >= each.count)) wait.resolve();
    } else if (line.startsWith('失败')) run.failure.push(line);
  });
  page.on('pageerror', (error) => run.failure.push(error.message));
  await page.goto(`seed.html?job=save-faults&seed=${seed}&from=${from}&count=${SAVES - from}`);
  void page.waitForFunction(() => (globalThis as { __taizhangOutcome?: unknown }).__taizhangOutcome, null, { timeout: 0, polling: 100 })
    .then(() => doneSeen(), () => undefined);
  return { page, run };
}

async function crash(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  const crashed = page.waitForEvent('crash', { timeout: 10_000 });
  void cdp.send('Page.crash').catch(() => undefined);
  await crashed;
  await page.close().catch(() => undefined);
}

test('[L1] the page killed at random points of 200 saves leaves every record whole, no orphan and every confirmed save', async ({ browser }) => {
  // About 2 minutes on an idle 2-core machine; the margin is for a busy one.
  test.setTimeout(300_000);
  const seed = Number(process.env.TAIZHANG_FAULT_SEED ?? Math.floor(Math.random() * 2 ** 31));
  const random = createRandom(seed);
  const say = (what: string) => `${what} (seed ${seed}; replay with TAIZHANG_FAULT_SEED=${seed})`;
  console.log(`save-faults seed ${seed}`);
  const context = await browser.newContext();
  const confirmed = new Map<number, string[]>();
  let kills = 0;
  const replayed = { completed: 0, whole: 0, dropped: 0 };
  try {
    for (;;) {
      const from = confirmed.size === 0 ? 0 : Math.max(...confirmed.keys()) + 1;
      const { page, run } = await startRun(context, seed, from);
      const audit = await run.audit;
      if (process.env.TAIZHANG_FAULT_VERBOSE) console.log(`run from ${from}: ${audit.records} records, replay ${JSON.stringify(audit.replayed)}`);
      expect(audit.problems, say(`after ${kills} kills`)).toEqual([]);
      const stored = new Set(audit.history);
      const lost = [...confirmed.values()].flat().filter((key) => !stored.has(key));
      expect(lost, say('confirmed saves missing after reopening')).toEqual([]);
      for (const key of Object.keys(replayed) as (keyof typeof replayed)[]) replayed[key] += audit.replayed[key];
      if (from >= SAVES) {
        await run.done;
        await page.close();
        break;
      }
      const saves = random.int(1, MAX_SAVES_BETWEEN_KILLS);
      const jitter = random.int(0, KILL_JITTER_MS);
      const killAt = run.confirmedAtLeast(saves).then(() => new Promise<false>((resolve) => setTimeout(() => resolve(false), jitter)));
      const finished = await Promise.race([run.done.then(() => true), killAt]);
      if (finished) await page.close();
      else {
        await crash(context, page);
        kills += 1;
      }
      expect(run.failure, say('the page failed')).toEqual([]);
      for (const save of run.confirmed) confirmed.set(save.n, [...(confirmed.get(save.n) ?? []), save.key]);
    }
  } finally {
    await context.close();
  }
  console.log(`save-faults seed ${seed}: ${kills} kills; replays completed ${replayed.completed}, dropped ${replayed.dropped}, found whole ${replayed.whole}`);
  expect(confirmed.size, say('saves confirmed')).toBe(SAVES);
  expect(kills, say('kills')).toBeGreaterThanOrEqual(5);
});
