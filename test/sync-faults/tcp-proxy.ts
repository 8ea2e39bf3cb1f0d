// A TCP proxy between sync clients and the county server that breaks connections on purpose:
// each new connection gets a plan (pass, refuse, or cut after N bytes in one direction), so a
// seeded planner decides where in a request or answer the network fails. Real sockets, real
// server: the clients see exactly what a dropped Wi-Fi or a dying router gives them.
import { createServer, connect, type AddressInfo, type Server, type Socket } from 'node:net';

export type ConnectionPlan =
  | { kind: 'pass' }
  /** Accepted and reset at once: the client gets ECONNRESET before any byte arrives. */
  | { kind: 'refuse' }
  /**
   * Forwards `afterBytes` bytes in `direction` ('up' = client → server, 'down' = server → client),
   * then destroys both sides. An 'up' cut falls inside a request (the server may never see all
   * of it); a 'down' cut falls inside an answer (the server did the work, the client never hears).
   */
  | { kind: 'cut'; direction: 'up' | 'down'; afterBytes: number };

export type Planner = (connectionIndex: number) => ConnectionPlan;

export interface ProxyStats {
  connections: number;
  refused: number;
  /** Connections destroyed by a cut plan (the cut point was reached). */
  cut: number;
  /** Connections that could not reach the server (it was down). */
  upstreamFailed: number;
}

export interface TcpProxy {
  readonly port: number;
  readonly url: string;
  readonly stats: ProxyStats;
  /** Points new connections at another server port (a restarted server listens elsewhere). */
  setTarget(port: number): void;
  setPlanner(planner: Planner): void;
  /** Client connections open now (one request each for the raw devices). */
  openConnections(): number;
  /** Destroys every open connection now (what clients see when the server dies). */
  cutAll(): void;
  close(): Promise<void>;
}

export const passAll: Planner = () => ({ kind: 'pass' });

export async function startTcpProxy(targetPort: number, planner: Planner = passAll, host = '127.0.0.1'): Promise<TcpProxy> {
  let target = targetPort;
  let plan = planner;
  let index = 0;
  const open = new Set<Socket>();
  const clients = new Set<Socket>();
  const stats: ProxyStats = { connections: 0, refused: 0, cut: 0, upstreamFailed: 0 };

  const track = (socket: Socket) => {
    open.add(socket);
    socket.on('close', () => open.delete(socket));
    // Errors are the point of this proxy; an unhandled 'error' would crash the test process.
    socket.on('error', () => undefined);
  };

  const server: Server = createServer((client) => {
    stats.connections += 1;
    track(client);
    clients.add(client);
    client.on('close', () => clients.delete(client));
    const decided = plan(index++);
    if (decided.kind === 'refuse') {
      stats.refused += 1;
      client.resetAndDestroy();
      return;
    }
    const upstream = connect({ host, port: target });
    track(upstream);
    let up = 0;
    let down = 0;
    let connected = false;
    /** Set at the cut point: nothing more is forwarded in either direction. */
    let cutting = false;
    const destroyBoth = () => {
      client.destroy();
      upstream.destroy();
    };
    upstream.on('connect', () => {
      connected = true;
    });
    upstream.on('error', () => {
      if (!connected) stats.upstreamFailed += 1;
      destroyBoth();
    });
    client.on('close', destroyBoth);
    upstream.on('close', destroyBoth);

    /** Forwards a chunk, or the part of it before the cut point, then cuts. */
    const forward = (chunk: Buffer, direction: 'up' | 'down', to: Socket) => {
      if (cutting) return;
      const sent = direction === 'up' ? up : down;
      if (decided.kind === 'cut' && decided.direction === direction && sent + chunk.length >= decided.afterBytes) {
        const head = chunk.subarray(0, Math.max(0, decided.afterBytes - sent));
        stats.cut += 1;
        cutting = true;
        if (head.length > 0) to.write(head, destroyBoth);
        else destroyBoth();
        return;
      }
      if (direction === 'up') up += chunk.length;
      else down += chunk.length;
      // Backpressure: pause the reader while the writer's buffer is full.
      if (!to.write(chunk)) {
        const from = direction === 'up' ? client : upstream;
        from.pause();
        to.once('drain', () => from.resume());
      }
    };
    client.on('data', (chunk: Buffer) => forward(chunk, 'up', upstream));
    upstream.on('data', (chunk: Buffer) => forward(chunk, 'down', client));
    client.on('end', () => upstream.end());
    upstream.on('end', () => client.end());
  });

  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://${host}:${port}`,
    stats,
    setTarget: (next) => {
      target = next;
    },
    setPlanner: (next) => {
      plan = next;
    },
    openConnections: () => clients.size,
    cutAll: () => {
      for (const socket of open) socket.destroy();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
