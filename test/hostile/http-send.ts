// One HTTP request over node:http with a Buffer body (no per-request encoding or copies, so the
// load generator stays light) from a chosen loopback address: the server sees 127.x.y.z as the
// client's address, which lets the suite fail authentication from many addresses over a real port.
import { request, type Agent } from 'node:http';

export interface Sent {
  status: number;
  text: string;
  ms: number;
}

export interface SendOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: Buffer;
  localAddress?: string;
  agent?: Agent | false;
  timeoutMs?: number;
}

export function send(baseUrl: string, path: string, options: SendOptions = {}): Promise<Sent> {
  const started = performance.now();
  return new Promise((resolve) => {
    const url = new URL(path, baseUrl);
    const headers = { ...options.headers, ...(options.body ? { 'content-length': String(options.body.length) } : {}) };
    const outgoing = request(
      { host: url.hostname, port: url.port, path: `${url.pathname}${url.search}`, method: options.method ?? 'GET', headers, localAddress: options.localAddress, agent: options.agent },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started }));
        response.on('error', (error) => resolve({ status: 0, text: String(error), ms: performance.now() - started }));
      },
    );
    outgoing.setTimeout(options.timeoutMs ?? 30_000, () => outgoing.destroy(new Error('client timeout')));
    outgoing.on('error', (error) => resolve({ status: 0, text: String(error), ms: performance.now() - started }));
    outgoing.end(options.body);
  });
}
