// (c) Many township PCs syncing at once (9 a.m., the network comes back): each enrolled device,
// on its own keep-alive connection, pushes a few new cases and pulls what its township got since
// its checkpoint. Latency per request under that load, against the same session run by devices
// one at a time on the same server (the baseline), plus the wall time of the whole herd.
import { Agent, request } from 'node:http';
import { syncPaths, type SyncDocument } from '#shared/sync/index';
import { enrollDevice, sampleCase, type BenchDevice, type BenchServer } from './sync-bench-server';

export interface LatencySummary {
  requests: number;
  p50: number;
  p99: number;
  max: number;
}

export interface DevicesResult {
  devices: number;
  docsPerDevice: number;
  alone: LatencySummary;
  herd: LatencySummary;
  herdPush: LatencySummary;
  herdPull: LatencySummary;
  herdTotalMs: number;
  aloneSessionMs: number;
  /** Peak resident memory of this process during the herd: the server and the PCs' client share it. */
  processRssMiB: number;
}

interface Timed {
  kind: 'push' | 'pull';
  ms: number;
}

const PULL_BATCH = 100;

export function summarize(ms: number[]): LatencySummary {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
  return { requests: sorted.length, p50: at(0.5), p99: at(0.99), max: sorted.at(-1) ?? 0 };
}

function call(agent: Agent, url: string, method: 'GET' | 'POST', headers: Record<string, string>, body?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : Buffer.from(body);
    const req = request(url, { method, agent, headers: { ...headers, ...(payload ? { 'content-type': 'application/json', 'content-length': String(payload.length) } : {}) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        if (res.statusCode === 200) resolve(text);
        else reject(new Error(`BENCH_REQUEST_FAILED: ${res.statusCode} ${text.slice(0, 200)}`));
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(payload);
  });
}

/** One device's sync: push its new cases, then pull its township from its checkpoint to the end. */
async function session(bench: BenchServer, device: BenchDevice, agent: Agent, docs: SyncDocument[], from: number, timings: Timed[]): Promise<void> {
  let started = performance.now();
  const conflicts = await call(agent, `${bench.url}${syncPaths.push('mediationCase')}`, 'POST', device.headers, JSON.stringify(docs.map((d) => ({ newDocumentState: d }))));
  if (conflicts !== '[]') throw new Error('BENCH_UNEXPECTED_CONFLICT');
  timings.push({ kind: 'push', ms: performance.now() - started });
  let checkpoint = from;
  for (;;) {
    started = performance.now();
    const page = JSON.parse(await call(agent, `${bench.url}${syncPaths.pull('mediationCase')}?checkpoint=${checkpoint}&batchSize=${PULL_BATCH}`, 'GET', device.headers)) as {
      documents: unknown[];
      checkpoint: { seq: number };
    };
    timings.push({ kind: 'pull', ms: performance.now() - started });
    checkpoint = page.checkpoint.seq;
    if (page.documents.length < PULL_BATCH) return;
  }
}

export async function measureDevices(bench: BenchServer, count: number, docsPerDevice: number, log: (line: string) => void): Promise<DevicesResult> {
  const aloneCount = 20;
  const devices: BenchDevice[] = [];
  for (let i = 0; i < count + aloneCount; i++) devices.push(await enrollDevice(bench, 'township', `herd${i % 10}`));
  log(`  (c) enrolled ${devices.length} devices`);
  const latest = async () => (await bench.server.store.latestSeqs()).get('mediationCase') ?? 0;
  const docsOf = (i: number) => Array.from({ length: docsPerDevice }, (_, k) => sampleCase(`herd-${i}-${k}`, `herd${i % 10}`, i * docsPerDevice + k));

  // Baseline: the same session by 20 devices, one after another, each alone on the server.
  const alone: Timed[] = [];
  let started = performance.now();
  for (let i = count; i < count + aloneCount; i++) {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    await session(bench, devices[i] as BenchDevice, agent, docsOf(i), await latest(), alone);
    agent.destroy();
  }
  const aloneSessionMs = (performance.now() - started) / aloneCount;

  // The herd: every device starts at once from the same checkpoint.
  const from = await latest();
  const herd: Timed[] = [];
  const agents = devices.slice(0, count).map(() => new Agent({ keepAlive: true, maxSockets: 1 }));
  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 50);
  started = performance.now();
  await Promise.all(devices.slice(0, count).map((device, i) => session(bench, device, agents[i] as Agent, docsOf(i), from, herd))).finally(() => clearInterval(sampler));
  const herdTotalMs = performance.now() - started;
  agents.forEach((a) => a.destroy());

  const ms = (list: Timed[], kind?: Timed['kind']) => list.filter((t) => !kind || t.kind === kind).map((t) => t.ms);
  return {
    devices: count,
    docsPerDevice,
    alone: summarize(ms(alone)),
    herd: summarize(ms(herd)),
    herdPush: summarize(ms(herd, 'push')),
    herdPull: summarize(ms(herd, 'pull')),
    herdTotalMs,
    aloneSessionMs,
    processRssMiB: peakRss / 1_048_576,
  };
}
