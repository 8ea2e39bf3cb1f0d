// [S41] [S43] [S45]: the server over a real port under connection-level abuse — bodies and headers
// trickled in, 1,000 slow connections without a token, requests Node itself refuses, HEAD on the
// stream. Limits are shortened so each refusal comes within seconds (defaults: app.ts).
import { expect, it } from 'vitest';
import { syncPaths } from '#shared/sync/index';
import { describeEachBackend } from '../testing/backends';
import { enroll, protocolHeaders } from '../testing/client';
import { mediationCase } from '../testing/documents';
import { openRaw, trickle } from '../testing/raw-socket';
import { listenOnLoopback } from '../testing/stream-client';

const chinese = /[\u4e00-\u9fff]/;
const limits = {
  requestsPerMinute: 1_000_000,
  enrollPerMinute: 1_000_000,
  failedAuthPerMinute: 1_000_000,
  maxUnauthenticatedConnections: 256,
  unauthenticatedBodyMs: 500,
  requestTimeoutMs: 2_000,
  headersTimeoutMs: 1_000,
};

describeEachBackend(
  'connections',
  (backend) => {
    const port = async () => Number(new URL(await listenOnLoopback(backend.server())).port);
    const head = (method: string, path: string, headers: Record<string, string>) =>
      `${method} ${path} HTTP/1.1\r\nhost: 127.0.0.1\r\n${Object.entries(headers)
        .map(([k, v]) => `${k}: ${v}\r\n`)
        .join('')}\r\n`;

    it('[S41] an enrollment body trickled in at one byte a second → 408 REQUEST_TIMEOUT and the connection is closed', async () => {
      const { socket, closed } = await openRaw(await port());
      socket.write(head('POST', syncPaths.enroll, { ...protocolHeaders, 'content-type': 'application/json', 'content-length': '100' }));
      void trickle(socket, '{"code":"AAAA-BBBB-CCCC","deviceName":"x"', 1_000);
      const answer = await closed;
      expect(answer.closedByServer).toBe(true);
      expect(answer.status).toBe(408);
      expect(answer.body?.code).toBe('REQUEST_TIMEOUT');
      expect(answer.body?.message).toMatch(chinese);
      expect(answer.afterMs).toBeLessThan(15_000);
    });

    it('[S41] a push without a valid token is refused 401 before its body is read, and the connection closed', async () => {
      const { socket, closed } = await openRaw(await port());
      socket.write(head('POST', syncPaths.push('mediationCase'), { ...protocolHeaders, authorization: 'Bearer nope', 'content-type': 'application/json', 'content-length': '8000000' }));
      void trickle(socket, '[[[[[[[[', 1_000);
      const answer = await closed;
      expect(answer.closedByServer).toBe(true);
      expect(answer.status).toBe(401);
      expect(answer.body?.code).toBe('UNAUTHENTICATED');
      expect(answer.afterMs).toBeLessThan(15_000);
    });

    it('[S41] with a valid token a trickled body still ends at the request timeout → 408 in the shared shape', async () => {
      const device = await enroll(backend.server(), 'township', 'slowpush');
      const { socket, closed } = await openRaw(await port());
      socket.write(head('POST', syncPaths.push('mediationCase'), { ...device.headers, 'content-type': 'application/json', 'content-length': '1000' }));
      void trickle(socket, '[{"newDocumentState":', 500);
      const answer = await closed;
      expect(answer.closedByServer).toBe(true);
      expect(answer.status).toBe(408);
      expect(answer.body?.code).toBe('REQUEST_TIMEOUT');
      expect(answer.afterMs).toBeLessThan(15_000);
    });

    it('[S41] headers trickled in → 408 REQUEST_TIMEOUT once the header timeout passes', async () => {
      const { socket, closed } = await openRaw(await port());
      void trickle(socket, head('GET', '/health', { 'x-slow': 'a'.repeat(200) }), 300);
      const answer = await closed;
      expect(answer.closedByServer).toBe(true);
      expect(answer.status).toBe(408);
      expect(answer.body?.code).toBe('REQUEST_TIMEOUT');
    });

    it('[S43] headers over 16 KiB → 431 HEADERS_TOO_LARGE; a malformed request → 400; Expect: other than 100-continue → 417 — each {code, message}', async () => {
      const p = await port();
      const ask = async (request: string) => {
        const { socket, closed } = await openRaw(p);
        socket.write(request);
        return closed;
      };
      const big = await ask(head('GET', '/health', { 'x-big': 'a'.repeat(20_000) }));
      expect([big.status, big.body?.code]).toEqual([431, 'HEADERS_TOO_LARGE']);
      const malformed = await ask('GET /health HTTP/1.1\r\nhost 127.0.0.1\r\n\r\n');
      expect([malformed.status, malformed.body?.code]).toEqual([400, 'INVALID_REQUEST']);
      const expectation = await ask(head('GET', '/health', { expect: 'something-else' }));
      expect([expectation.status, expectation.body?.code]).toEqual([417, 'EXPECTATION_FAILED']);
      for (const answer of [big, malformed, expectation]) {
        expect(answer.body?.message).toMatch(chinese);
        expect(Object.keys(answer.body ?? {}).sort()).toEqual(['code', 'message']);
      }
    });

    it('[S45] HEAD /v1/stream answers 200 at once and holds no subscription; without a token 401', async () => {
      const base = `http://127.0.0.1:${await port()}`;
      const device = await enroll(backend.server(), 'township', 'headstream');
      const before = backend.server().hub.size;
      const response = await fetch(`${base}${syncPaths.stream}`, { method: 'HEAD', headers: device.headers, signal: AbortSignal.timeout(5_000) });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
      expect(backend.server().hub.size).toBe(before);
      const refused = await fetch(`${base}${syncPaths.stream}`, { method: 'HEAD', headers: protocolHeaders, signal: AbortSignal.timeout(5_000) });
      expect(refused.status).toBe(401);
    });
  },
  { limits },
);

// Deadlines long enough that only the cap can close the slow connections while the PC syncs.
const siegeLimits = { ...limits, unauthenticatedBodyMs: 5_000, headersTimeoutMs: 5_000 };

describeEachBackend(
  'connections under siege',
  (backend) => {
    const head = (method: string, path: string, headers: Record<string, string>) =>
      `${method} ${path} HTTP/1.1\r\nhost: 127.0.0.1\r\n${Object.entries(headers)
        .map(([k, v]) => `${k}: ${v}\r\n`)
        .join('')}\r\n`;

    it('[S41] 1,000 slow connections without a token do not stop an enrolled PC from syncing', async () => {
      const p = Number(new URL(await listenOnLoopback(backend.server())).port);
      const server = backend.server();
      const device = await enroll(server, 'township', 'besieged');
      const base = `http://127.0.0.1:${p}`;
      const slow = await Promise.all(
        Array.from({ length: 1_000 }, async () => {
          const connection = await openRaw(p, 60_000);
          connection.socket.write(head('POST', syncPaths.enroll, { ...protocolHeaders, 'content-type': 'application/json', 'content-length': '100' }));
          connection.socket.write('{');
          return connection;
        }),
      );
      // However many arrive, at most the cap is held: the oldest was closed to make room each time.
      await new Promise((resolve) => setTimeout(resolve, 100));
      const held = await new Promise<number>((resolve, reject) => server.app.server.getConnections((error, n) => (error ? reject(error) : resolve(n))));
      expect(held).toBeLessThanOrEqual(siegeLimits.maxUnauthenticatedConnections + 5);
      const pushed = await fetch(`${base}${syncPaths.push('mediationCase')}`, {
        method: 'POST',
        headers: { ...device.headers, 'content-type': 'application/json' },
        body: JSON.stringify([{ newDocumentState: mediationCase('besieged-1', 'besieged') }]),
      });
      expect(pushed.status).toBe(200);
      const pulled = await fetch(`${base}${syncPaths.pull('mediationCase')}?checkpoint=0&batchSize=10`, { headers: device.headers });
      expect(pulled.status).toBe(200);
      expect(((await pulled.json()) as { documents: { id: string }[] }).documents.map((d) => d.id)).toEqual(['besieged-1']);
      // Those still held end at their body deadline; the rest were closed to make room.
      const answers = await Promise.all(slow.map((c) => c.closed));
      expect(answers.every((a) => a.closedByServer)).toBe(true);
      expect(answers.filter((a) => a.status === 0).length).toBeGreaterThanOrEqual(1_000 - siegeLimits.maxUnauthenticatedConnections);
      expect(answers.every((a) => a.status === 0 || a.body?.code === 'REQUEST_TIMEOUT')).toBe(true);
    }, 90_000);
  },
  { limits: siegeLimits },
);
