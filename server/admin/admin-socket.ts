// PGlite belongs to one process, so while the server runs, admin commands reach it through a
// local socket in its data folder (file permissions = who may administer). One JSON line each way.
import { createHash } from 'node:crypto';
import { chmod, rm } from 'node:fs/promises';
import { createConnection, createServer, type Server } from 'node:net';
import { join, resolve } from 'node:path';

export interface AdminReply {
  ok: boolean;
  output: string;
}

export function adminSocketPath(dataDir: string): string {
  const dir = resolve(dataDir);
  if (process.platform === 'win32') return `\\\\.\\pipe\\taizhang-${createHash('sha256').update(dir).digest('hex').slice(0, 16)}`;
  const path = join(dir, 'admin.sock');
  // Unix socket paths are limited to ~107 bytes.
  return Buffer.byteLength(path) < 100 ? path : join('/tmp', `taizhang-${createHash('sha256').update(dir).digest('hex').slice(0, 16)}.sock`);
}

export async function serveAdmin(path: string, handle: (argv: string[]) => Promise<AdminReply>): Promise<Server> {
  if (process.platform !== 'win32') await rm(path, { force: true });
  const server = createServer((socket) => {
    let input = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      input += chunk;
      if (input.length > 10_000) socket.destroy();
      if (!input.includes('\n')) return;
      let argv: unknown;
      try {
        argv = JSON.parse(input.slice(0, input.indexOf('\n')));
      } catch {
        argv = undefined;
      }
      const run = Array.isArray(argv) && argv.every((a) => typeof a === 'string')
        ? handle(argv)
        : Promise.resolve({ ok: false, output: 'bad request' });
      void run.then((reply) => socket.end(`${JSON.stringify(reply)}\n`));
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(path, done);
  });
  if (process.platform !== 'win32') await chmod(path, 0o600);
  return server;
}

/** undefined when no server listens there (then the command may open the database itself). */
export async function sendAdminCommand(path: string, argv: string[]): Promise<AdminReply | undefined> {
  return new Promise((done) => {
    const socket = createConnection(path);
    let output = '';
    socket.setEncoding('utf8');
    socket.on('connect', () => socket.write(`${JSON.stringify(argv)}\n`));
    socket.on('data', (chunk: string) => (output += chunk));
    socket.on('end', () => {
      try {
        done(JSON.parse(output) as AdminReply);
      } catch {
        done({ ok: false, output: '服务器的回复无法识别 (unreadable reply)' });
      }
    });
    socket.on('error', () => done(undefined));
  });
}
