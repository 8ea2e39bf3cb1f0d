// What one run of the fault suite covers: every scenario on every backend by default; the soak command
// (test/soak/run-soak.ts) narrows it with FAULT_BACKEND=pglite|postgres and FAULT_SCENARIOS=a,b,…,app, and
// leaves out the pinned seeds (FAULT_PINNED=0), which a soak would only repeat.
import type { BackendName } from './fault-backend';

/** The raw-protocol scenarios by letter, and the app's RxDB devices as `app`. */
export const scenarioKeys = ['a', 'b', 'c', 'd', 'e', 'f', 'app'] as const;
export type ScenarioKey = (typeof scenarioKeys)[number];

export function selectedBackends(available: readonly BackendName[], env = process.env): BackendName[] {
  const wanted = env.FAULT_BACKEND?.trim();
  if (!wanted) return [...available];
  if (!available.includes(wanted as BackendName)) {
    throw new Error(`FAULT_BACKEND=${wanted}: 只能是 ${available.join(' 或 ')}（PostgreSQL 需要 DATABASE_URL）`);
  }
  return [wanted as BackendName];
}

export function scenarioSelected(key: ScenarioKey, env = process.env): boolean {
  const list = env.FAULT_SCENARIOS?.split(',').map((item) => item.trim()).filter(Boolean);
  return !list || list.length === 0 || list.includes(key);
}

export const pinnedSeedsIncluded = (env = process.env): boolean => env.FAULT_PINNED !== '0';

/** FAULT_REPLAY=<file>: the recorded event order of a failing app-device run to replay (event-order.ts). */
export const replayFile = (env = process.env): string | undefined => env.FAULT_REPLAY?.trim() || undefined;
