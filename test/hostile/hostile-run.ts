// Runs the hostile mix against a server listening on a real port: the load comes from a worker
// thread (hostile-client.ts), while this thread — the server's — samples RSS and its own event
// loop delay, then checks the database against every answer: partial writes.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import type { TaizhangServer } from '../../server/server';
import { countyScope, inScope } from '../../server/sync/scope';
import { hex } from '../sync-faults/seeds';
import type { ClientResult, HostileFigures } from './hostile-figures';
import type { Devices } from './hostile-mix';

export interface HostileRunOptions {
  server: TaizhangServer;
  baseUrl: string;
  devices: Devices;
  seed: number;
  requests: number;
  concurrency?: number;
  slowMs?: number;
}

const mib = (bytes: number) => Math.round(bytes / 1024 / 1024);

export async function runHostile(options: HostileRunOptions): Promise<HostileFigures> {
  const { server, seed } = options;
  const worker = new Worker(new URL('./hostile-client-entry.mjs', import.meta.url), {
    workerData: { baseUrl: options.baseUrl, devices: options.devices, seed, requests: options.requests, concurrency: options.concurrency ?? 4, slowMs: options.slowMs ?? 2_000 },
  });
  const failed = new Promise<never>((_resolve, reject) => worker.once('error', reject));
  // RSS is measured from when the worker has built its junk bodies (they are the client's, not the server's).
  await Promise.race([new Promise((ready) => worker.once('message', ready)), failed]);
  const rssBeforeMiB = mib(process.memoryUsage().rss);
  let rssMaxMiB = rssBeforeMiB;
  const sampling = setInterval(() => {
    rssMaxMiB = Math.max(rssMaxMiB, mib(process.memoryUsage().rss));
  }, 100);
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  const finished = new Promise<ClientResult>((resolve, reject) =>
    worker.once('message', (message: ClientResult | { error: string }) => ('error' in message ? reject(new Error(message.error)) : resolve(message))),
  );
  worker.postMessage('go');
  const result = await Promise.race([finished, failed]);
  await worker.terminate();
  clearInterval(sampling);
  loopDelay.disable();

  const stored = await inScope(server.db, server.appRole, countyScope, async (tx) => {
    const rows = await tx.query<{ id: string }>(`SELECT id FROM documents WHERE collection = 'mediationCase' AND id LIKE $1`, [`hx-${hex(seed)}-%`]);
    return new Set(rows.rows.map((r) => r.id));
  });
  const mustExist = new Set(result.mustExist);
  let partialWrites = 0;
  for (const id of mustExist) if (!stored.has(id)) partialWrites++;
  for (const id of result.mustNotExist) if (stored.has(id) && !mustExist.has(id)) partialWrites++;
  return {
    ...result.figures,
    partialWrites,
    written: stored.size,
    loopDelayMaxMs: Math.round(loopDelay.max / 1e6),
    loopDelayP99Ms: Math.round(loopDelay.percentile(99) / 1e6),
    rssBeforeMiB,
    rssMaxMiB,
    rssGrowthMiB: rssMaxMiB - rssBeforeMiB,
  };
}
