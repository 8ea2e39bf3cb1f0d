// The hostile suite's load generator, run in a worker thread of its own: its event loop and heap
// are not the server's, so building and sending junk does not count as the server's latency.
// Everything goes over the real port; bad tokens and codes come from other loopback addresses
// (127.x.y.z), the way many attackers would. Posts its figures and the ids it expects stored / absent.
import { Agent } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';
import { syncPaths } from '#shared/sync/index';
import { protocolHeaders } from '../../server/testing/client';
import { openRaw, trickle, type RawAnswer } from '../../server/testing/raw-socket';
import { createRandom, type Random } from '../sync-faults/random';
import { hex } from '../sync-faults/seeds';
import { send, type SendOptions } from './http-send';
import {
  badJsonBody,
  batchWithBadRow,
  hostileQuery,
  junkDepthBody,
  junkItemCounts,
  junkItemsBody,
  junkKeyCounts,
  junkKeysBody,
  opWeights,
  randomLoopback,
  validBatch,
  type OpKind,
  type TrackedBatch,
} from './hostile-mix';
import type { ClientFigures, ClientInput, ClientResult } from './hostile-figures';

interface Answer {
  status: number;
  text: string;
}

const shaped = (text: string): boolean => {
  try {
    const body = JSON.parse(text) as Record<string, unknown>;
    return typeof body.code === 'string' && typeof body.message === 'string' && /[\u4e00-\u9fff]/.test(body.message);
  } catch {
    return false;
  }
};

/** Accepted batches kept for re-sending (retryPush), the latest ones. */
const RETRY_POOL = 2_000;

async function runClient({ baseUrl, devices, seed, requests, concurrency, slowMs }: ClientInput): Promise<ClientResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const healthAgent = new Agent({ keepAlive: true, maxSockets: 1 });
  const figures: ClientFigures = {
    requests: 0, byKind: {}, byStatus: {}, serverErrors: 0, slowAnswers: 0, slowestMs: 0, slowestByKind: {}, unshaped: 0, unexpected: 0, samples: [],
    trickled: 0, trickledStillOpen: 0, healthProbes: 0, healthMaxMs: 0, elapsedMs: 0,
  };
  const seedHex = hex(seed);
  const port = Number(new URL(baseUrl).port);
  // Junk bodies of millions of items are made once, before the clock starts, and sent as bytes.
  const junkOwner = devices.townships[0] ?? { townshipId: '', headers: {} };
  const junk = {
    items: junkItemCounts.map((count) => Buffer.from(junkItemsBody(seedHex, -count, junkOwner.townshipId, count))),
    keys: junkKeyCounts.map((count) => Buffer.from(junkKeysBody(seedHex, -count, junkOwner.townshipId, count))),
  };
  const mustExist = new Set<string>();
  /** Roughly the newest seq: the count of documents written so far (seqs are global, so this lags). */
  const written = () => mustExist.size;
  const mustNotExist = new Set<string>();
  const accepted: TrackedBatch[] = [];
  let acceptedCount = 0;
  const trickles: Promise<RawAnswer>[] = [];
  // Junk made: the run measures RSS from here, then says go.
  await new Promise<void>((go) => {
    parentPort?.once('message', () => go());
    parentPort?.postMessage('ready');
  });
  const started = Date.now();

  const note = (kind: OpKind, answer: Answer, expected: readonly number[], elapsedMs: number, timed = true) => {
    figures.requests++;
    figures.byKind[kind] = (figures.byKind[kind] ?? 0) + 1;
    figures.byStatus[answer.status] = (figures.byStatus[answer.status] ?? 0) + 1;
    if (answer.status >= 500) figures.serverErrors++;
    if (timed && elapsedMs > slowMs) figures.slowAnswers++;
    if (timed) figures.slowestMs = Math.max(figures.slowestMs, elapsedMs);
    if (timed) figures.slowestByKind[kind] = Math.max(figures.slowestByKind[kind] ?? 0, elapsedMs);
    if (answer.status >= 400 && !shaped(answer.text)) figures.unshaped++;
    if (!expected.includes(answer.status)) {
      figures.unexpected++;
      if (figures.samples.length < 10) figures.samples.push(`${kind}: ${answer.status} ${answer.text.slice(0, 200)}`);
    }
  };

  const http = async (kind: OpKind, path: string, options: SendOptions, expected: readonly number[]): Promise<Answer> => {
    const answer = await send(baseUrl, path, { agent, ...options });
    note(kind, answer, expected, answer.ms);
    return answer;
  };

  const push = (kind: OpKind, headers: Record<string, string>, body: string | Buffer, expected: readonly number[], contentType = 'application/json') =>
    http(kind, syncPaths.push('mediationCase'), { method: 'POST', headers: { ...headers, 'content-type': contentType }, body: typeof body === 'string' ? Buffer.from(body) : body }, expected);

  /** A tracked batch: on 200 every id must be stored, on anything else none. */
  const track = (batch: TrackedBatch, answer: Answer) => {
    if (answer.status === 200) {
      batch.ids.forEach((id) => mustExist.add(id));
      // The client runs in the server's process, whose RSS is measured: it keeps the latest batches to
      // re-send, not all 100,000 runs' worth (≈ 3 kB each, which alone grew RSS by 300 MB).
      accepted[acceptedCount++ % RETRY_POOL] = batch;
    } else if (answer.status !== 0) batch.ids.forEach((id) => mustNotExist.add(id));
  };

  const raw = async (kind: OpKind, request: string | Buffer, expected: readonly number[]) => {
    const t0 = Date.now();
    const { socket, closed } = await openRaw(port, 10_000);
    socket.write(request);
    const answer = await closed;
    note(kind, { status: answer.status, text: answer.text.split('\r\n\r\n')[1] ?? '' }, expected, Date.now() - t0);
  };

  const head = (method: string, path: string, headers: Record<string, string>) =>
    `${method} ${path} HTTP/1.1\r\nhost: 127.0.0.1\r\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`;

  async function runOp(random: Random, op: number): Promise<void> {
    const only = process.env.HOSTILE_ONLY?.split(',');
    const kind = random.weighted(only ? Object.fromEntries(Object.entries(opWeights).filter(([k]) => only.includes(k))) as typeof opWeights : opWeights);
    const device = random.pick(devices.townships);
    const { townshipId, headers } = device;
    switch (kind) {
      case 'validPush': {
        const batch = validBatch(random, seedHex, op, townshipId);
        track(batch, await push(kind, headers, batch.body, [200]));
        return;
      }
      case 'retryPush': {
        const earlier = accepted.length > 0 ? random.pick(accepted) : undefined;
        if (!earlier) return runOp(random, op);
        const owner = devices.townships.find((d) => earlier.body.includes(`"townshipId":"${d.townshipId}"`)) ?? device;
        const answer = await push(kind, owner.headers, earlier.body, [200]);
        if (answer.status === 200 && answer.text !== '[]') {
          figures.unexpected++;
          figures.samples.push(`retryPush answered conflicts: ${answer.text.slice(0, 200)}`);
        }
        return;
      }
      case 'pull': {
        // Mostly what a PC that is in step asks (the newest few); now and then a first sync's page.
        const firstSync = random.chance(0.02);
        const query = `checkpoint=${firstSync ? 0 : Math.max(0, written() - random.int(0, 50))}&batchSize=${firstSync ? 1000 : random.int(1, 100)}`;
        await http(kind, `${syncPaths.pull('mediationCase')}?${query}`, { headers }, [200]);
        return;
      }
      case 'badRowPush': {
        const batch = batchWithBadRow(random, seedHex, op, townshipId);
        track(batch, await push(kind, headers, batch.body, [batch.status]));
        return;
      }
      case 'junkItems':
        await push(kind, junkOwner.headers, random.pick(junk.items), [413]);
        return;
      case 'junkKeys':
        await push(kind, junkOwner.headers, random.pick(junk.keys), [413]);
        return;
      case 'junkDepth':
        await push(kind, headers, junkDepthBody(random), [413]);
        return;
      case 'badJson':
        await push(kind, headers, badJsonBody(random, seedHex, op, townshipId), [400]);
        mustNotExist.add(`hx-${seedHex}-${op}-0`);
        return;
      case 'wrongHeaders': {
        const batch = validBatch(random, seedHex, op, townshipId);
        const variant = random.int(0, 2);
        const answer =
          variant === 0
            ? await push(kind, headers, batch.body, [415], 'text/plain')
            : variant === 1
              ? await push(kind, { authorization: headers.authorization ?? '' }, batch.body, [400])
              : await push(kind, { ...headers, 'taizhang-protocol': '0' }, batch.body, [426]);
        track(batch, answer);
        return;
      }
      case 'unknownToken': {
        // From another loopback address, so only that address meets the failed-authentication limit.
        const headersOf = { ...protocolHeaders, authorization: `Bearer guess-${random.int(0, 1e9)}` };
        await http(kind, `${syncPaths.pull('mediationCase')}?batchSize=1`, { headers: headersOf, localAddress: randomLoopback(random), agent: false }, [401, 429]);
        return;
      }
      case 'badEnroll': {
        const payload = random.pick([{ code: `ZZZZ-ZZZZ-${random.int(1000, 9999)}`, deviceName: '猜' }, { code: 7, deviceName: 'x' }, { code: 'A', deviceName: '名'.repeat(1000) }]);
        await http(
          kind,
          syncPaths.enroll,
          { method: 'POST', headers: { ...protocolHeaders, 'content-type': 'application/json' }, body: Buffer.from(JSON.stringify(payload)), localAddress: randomLoopback(random), agent: false },
          [400, 401, 429],
        );
        return;
      }
      case 'hostileQuery': {
        const { query, status } = hostileQuery(random);
        await http(kind, `${syncPaths.pull('mediationCase')}?${query}`, { headers }, [status]);
        return;
      }
      case 'unknownPath':
        await http(kind, random.pick(['/v1/collections/nope/pull?batchSize=1', `/v1/${'x'.repeat(5000)}`, '/v1/collections/%E0%A4%A/pull', '/admin']), { headers }, [400, 404]);
        return;
      case 'headStream':
        await http(kind, syncPaths.stream, { method: 'HEAD', headers, timeoutMs: 5_000 }, [200]);
        return;
      case 'abortedPush': {
        // Half a valid batch, then the connection is cut: nothing of it may be stored.
        const batch = validBatch(random, seedHex, op, townshipId);
        const { socket, closed } = await openRaw(port, 5_000);
        socket.write(head('POST', syncPaths.push('mediationCase'), { ...headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(batch.body)) }));
        socket.write(batch.body.slice(0, Math.floor(batch.body.length / 2)));
        socket.destroy();
        await closed;
        batch.ids.forEach((id) => mustNotExist.add(id));
        figures.byKind[kind] = (figures.byKind[kind] ?? 0) + 1;
        figures.requests++;
        return;
      }
      case 'hugeHeader':
        await raw(kind, head('GET', '/health', { 'x-big': 'a'.repeat(random.int(17_000, 100_000)) }), [431]);
        return;
      case 'malformedRequest':
        await raw(kind, random.pick(['GET /health HTTP/1.1\r\nhost 127.0.0.1\r\n\r\n', 'BREW /health HTTP/1.1\r\n\r\n', '\u0000\u0001\u0002\r\n\r\n']), [400]);
        return;
      case 'unmetExpectation':
        await raw(kind, head('POST', syncPaths.enroll, { ...protocolHeaders, expect: 'the-unexpected', 'content-length': '2' }), [417]);
        return;
      case 'trickledEnroll': {
        // Left running beside the other requests; each must be refused and closed by the server.
        const { socket, closed } = await openRaw(port, 60_000);
        socket.write(head('POST', syncPaths.enroll, { ...protocolHeaders, 'content-type': 'application/json', 'content-length': '200' }));
        void trickle(socket, '{"code":"AAAA-BBBB-CCCC","deviceName":"慢"}', 1_000);
        trickles.push(closed);
        figures.trickled++;
        figures.requests++;
        figures.byKind[kind] = (figures.byKind[kind] ?? 0) + 1;
        return;
      }
    }
  }

  // /health every 100 ms and RSS every 100 ms, for the whole run.
  let running = true;
  const probe = (async () => {
    while (running) {
      const health = await send(baseUrl, syncPaths.health, { agent: healthAgent });
      if (health.status !== 200) figures.serverErrors++;
      figures.healthMaxMs = Math.max(figures.healthMaxMs, Math.round(health.ms));
      figures.healthProbes++;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();

  // The issue's worst case once per run: eight 8 MB junk pushes from one device at once.
  const burstAt = Math.floor(requests / 3);
  let next = 0;
  const worker = async () => {
    for (;;) {
      const op = next++;
      if (op >= requests) return;
      // Each op draws from its own stream, so a seed replays the same requests whatever the interleaving.
      const random = createRandom((seed ^ Math.imul(op + 1, 0x9e3779b1)) >>> 0);
      if (op === burstAt) {
        const eightMegabytes = junk.items[0] ?? Buffer.alloc(0);
        await Promise.all(Array.from({ length: 8 }, () => push('junkItems', junkOwner.headers, eightMegabytes, [413])));
        continue;
      }
      await runOp(random, op);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const trickleAnswers = await Promise.all(trickles);
  figures.trickledStillOpen = trickleAnswers.filter((a) => !a.closedByServer).length;
  for (const answer of trickleAnswers) note('trickledEnroll', { status: answer.status, text: answer.text.split('\r\n\r\n')[1] ?? '' }, [408], 0, false);
  figures.requests -= trickleAnswers.length;
  running = false;
  await probe;

    for (const count of [...junkItemCounts, ...junkKeyCounts]) mustNotExist.add(`hx-${seedHex}--${count}-0`);
  figures.elapsedMs = Date.now() - started;
  agent.destroy();
  healthAgent.destroy();
  return { figures, mustExist: [...mustExist], mustNotExist: [...mustNotExist] };
}

runClient(workerData as ClientInput).then(
  (result) => parentPort?.postMessage(result),
  (error: unknown) => parentPort?.postMessage({ error: String(error instanceof Error ? error.stack : error) }),
);
