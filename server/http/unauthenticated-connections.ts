// Connections that have not yet shown a valid device token (rule S41). Each one costs a file
// descriptor; 1,100 held open by a body trickling in at one byte per five seconds once used all
// 1,024 and enrolled PCs got ECONNRESET. At most `max` are kept: a new connection past the cap
// closes the oldest one still waiting, so a flood can only push out its own earlier connections,
// while an enrolled PC's connection leaves the queue with its first request (milliseconds).
import type { Server } from 'node:http';
import type { Socket } from 'node:net';

export class UnauthenticatedConnections {
  /** Insertion order is age order: the first is the oldest. */
  private readonly waiting = new Set<Socket>();
  /** Connections closed to make room, for the log and the tests. */
  evicted = 0;

  constructor(private readonly max: number) {}

  watch(server: Server): void {
    server.on('connection', (socket: Socket) => this.admit(socket));
  }

  get size(): number {
    return this.waiting.size;
  }

  /** The connection carried a valid token: it no longer counts against the cap. */
  vouch(socket: Socket | undefined): void {
    if (socket) this.waiting.delete(socket);
  }

  private admit(socket: Socket): void {
    this.waiting.add(socket);
    socket.once('close', () => this.waiting.delete(socket));
    if (this.waiting.size <= this.max) return;
    const oldest = this.waiting.values().next();
    if (oldest.done) return;
    this.waiting.delete(oldest.value);
    this.evicted++;
    oldest.value.destroy();
  }
}
