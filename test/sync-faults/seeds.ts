// Which seeds a run uses, and how a seed is written. Every run draws fresh seeds (so CI keeps
// exploring) and prints them; FAULT_SEED=0x… replays one; FAULT_RUNS=n runs n seeds per scenario.
// A seed that once failed is pinned as a named test with its number in the title.
import { randomInt } from 'node:crypto';

export const hex = (seed: number): string => `0x${(seed >>> 0).toString(16).padStart(8, '0')}`;

export function seedsForRun(): number[] {
  const fixed = process.env.FAULT_SEED;
  if (fixed) return [Number(fixed) >>> 0];
  const runs = Math.max(1, Number(process.env.FAULT_RUNS ?? 1) || 1);
  return Array.from({ length: runs }, () => randomInt(0, 2 ** 32 - 1));
}

/** Printed at the start of every scenario, so a failing run says how to replay it. */
export function announce(scenario: string, backend: string, seed: number): void {
  console.log(`[sync-faults] ${scenario} on ${backend}: seed ${hex(seed)} (replay: FAULT_SEED=${hex(seed)} npx vitest run test/sync-faults)`);
}
