import { connect, createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startTcpProxy, type TcpProxy } from './tcp-proxy';

/** A target that records every byte it receives and answers each chunk with `reply`. */
async function startTarget(reply: (chunk: Buffer) => Buffer | undefined = () => undefined) {
  const received: Buffer[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('data', (chunk: Buffer) => {
      received.push(chunk);
      const answer = reply(chunk);
      if (answer) socket.write(answer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    received: () => Buffer.concat(received),
    close: () =>
      new Promise<void>((resolve) => {
        sockets.forEach((s) => s.destroy());
        server.close(() => resolve());
      }),
  };
}

/** Connects through the proxy, sends `payload`, collects what comes back until the socket closes or `waitMs` passes. */
function exchange(port: number, payload: Buffer, waitMs = 300): Promise<{ got: Buffer; error?: string; closed: boolean }> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let error: string | undefined;
    const socket = connect({ host: '127.0.0.1', port }, () => socket.write(payload));
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', (e: NodeJS.ErrnoException) => (error = e.code ?? e.message));
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ got: Buffer.concat(chunks), error, closed: false });
    }, waitMs);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ got: Buffer.concat(chunks), error, closed: true });
    });
  });
}

const settle = () => new Promise((r) => setTimeout(r, 50));

describe('TCP fault proxy', () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    while (cleanup.length > 0) await cleanup.pop()?.();
  });
  const track = <T extends { close(): Promise<void> }>(x: T): T => {
    cleanup.push(() => x.close());
    return x;
  };

  it('passes bytes both ways untouched when the plan is pass', async () => {
    const target = track(await startTarget((c) => Buffer.from(c.toString().toUpperCase())));
    const proxy: TcpProxy = track(await startTcpProxy(target.port));
    const { got } = await exchange(proxy.port, Buffer.from('hello county'));
    expect(got.toString()).toBe('HELLO COUNTY');
    expect(target.received().toString()).toBe('hello county');
    expect(proxy.stats).toMatchObject({ connections: 1, refused: 0, cut: 0 });
  });

  it('refuses a connection: reset before any byte, and the server never sees it', async () => {
    const target = track(await startTarget(() => Buffer.from('never')));
    const proxy = track(await startTcpProxy(target.port, () => ({ kind: 'refuse' })));
    const result = await exchange(proxy.port, Buffer.from('push'));
    expect(result.got.length).toBe(0);
    expect(result.closed).toBe(true);
    expect(result.error).toBe('ECONNRESET');
    await settle();
    expect(target.received().length).toBe(0);
    expect(proxy.stats.refused).toBe(1);
  });

  it('an upstream cut delivers exactly the first N bytes of the request to the server, then closes both sides', async () => {
    const target = track(await startTarget());
    const proxy = track(await startTcpProxy(target.port, () => ({ kind: 'cut', direction: 'up', afterBytes: 7 })));
    const result = await exchange(proxy.port, Buffer.from('0123456789abcdef'));
    expect(result.closed).toBe(true);
    await settle();
    expect(target.received().toString()).toBe('0123456');
    expect(proxy.stats.cut).toBe(1);
  });

  it('a downstream cut lets the whole request through and delivers only the first N bytes of the answer', async () => {
    const target = track(await startTarget(() => Buffer.from('HTTP/1.1 200 OK\r\n\r\n[]')));
    const proxy = track(await startTcpProxy(target.port, () => ({ kind: 'cut', direction: 'down', afterBytes: 12 })));
    const result = await exchange(proxy.port, Buffer.from('POST /push'));
    expect(result.closed).toBe(true);
    expect(result.got.toString()).toBe('HTTP/1.1 200');
    expect(target.received().toString()).toBe('POST /push');
  });

  it('plans connection by connection, in order (a seeded planner replays the same faults)', async () => {
    const target = track(await startTarget((c) => c));
    const seen: number[] = [];
    const proxy = track(
      await startTcpProxy(target.port, (i) => {
        seen.push(i);
        return i % 2 === 1 ? { kind: 'refuse' } : { kind: 'pass' };
      }),
    );
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await exchange(proxy.port, Buffer.from(`m${i}`), 100));
    expect(seen).toEqual([0, 1, 2, 3]);
    expect(results.map((r) => r.got.toString())).toEqual(['m0', '', 'm2', '']);
  });

  it('follows a restarted server to its new port, and cuts every open connection on demand', async () => {
    const first = track(await startTarget((c) => c));
    const proxy = track(await startTcpProxy(first.port));
    const hanging = exchange(proxy.port, Buffer.from('long poll'), 5_000);
    await settle();
    proxy.cutAll();
    expect((await hanging).closed).toBe(true);
    await first.close();
    const down = await exchange(proxy.port, Buffer.from('anyone?'));
    expect(down.got.length).toBe(0);
    expect(down.closed).toBe(true);
    expect(proxy.stats.upstreamFailed).toBe(1);
    const second = track(await startTarget((c) => Buffer.from(`again:${c.toString()}`)));
    proxy.setTarget(second.port);
    expect((await exchange(proxy.port, Buffer.from('hi'))).got.toString()).toBe('again:hi');
  });
});
