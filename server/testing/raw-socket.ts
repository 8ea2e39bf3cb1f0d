// A bare TCP client for what fetch cannot do: trickle a request byte by byte, send a broken one,
// hold a connection open. Collects whatever the server writes until it closes the connection.
import { connect, type Socket } from 'node:net';

export interface RawConnection {
  socket: Socket;
  /** Everything the server wrote, once it closed the connection (or `closeAfterMs` passed). */
  closed: Promise<RawAnswer>;
}

export interface RawAnswer {
  text: string;
  /** HTTP status of the first answer, 0 when none came. */
  status: number;
  /** The JSON body of the first answer, when it had one. */
  body?: { code?: string; message?: string };
  /** Milliseconds from connecting until the server closed (or the client gave up). */
  afterMs: number;
  closedByServer: boolean;
}

export function parseAnswer(text: string): Pick<RawAnswer, 'status' | 'body'> {
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0);
  const bodyText = text.split('\r\n\r\n')[1] ?? '';
  try {
    return { status, body: JSON.parse(bodyText) as RawAnswer['body'] };
  } catch {
    return { status };
  }
}

export function openRaw(port: number, giveUpAfterMs = 30_000): Promise<RawConnection> {
  return new Promise((resolveOpen, rejectOpen) => {
    const started = Date.now();
    const socket = connect({ host: '127.0.0.1', port });
    const chunks: Buffer[] = [];
    let byServer = true;
    const closed = new Promise<RawAnswer>((resolveClosed) => {
      const timer = setTimeout(() => {
        byServer = false;
        socket.destroy();
      }, giveUpAfterMs);
      socket.on('data', (chunk) => chunks.push(chunk));
      socket.on('error', () => undefined);
      socket.on('close', () => {
        clearTimeout(timer);
        const text = Buffer.concat(chunks).toString('utf8');
        resolveClosed({ text, ...parseAnswer(text), afterMs: Date.now() - started, closedByServer: byServer });
      });
    });
    socket.once('connect', () => resolveOpen({ socket, closed }));
    socket.once('error', rejectOpen);
  });
}

/** Writes `text` one byte every `everyMs` until the connection closes or the text is sent. */
export async function trickle(socket: Socket, text: string, everyMs: number): Promise<void> {
  for (const byte of Buffer.from(text)) {
    if (socket.destroyed) return;
    socket.write(Buffer.from([byte]));
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
