// One HTTP request per TCP connection (no keep-alive), so the proxy's per-connection plan is a
// per-request plan: "cut the 7th connection after 900 bytes" means "cut the 7th request there".
import { request } from 'node:http';

export interface JsonAnswer {
  status: number;
  body: string;
}

/** A network failure (reset, cut, refused, aborted): the request may or may not have reached the server. */
export class NetworkFailure extends Error {
  constructor(override readonly cause: unknown) {
    super(`network failure: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

export function httpJson(
  url: string,
  options: { method: 'GET' | 'POST'; headers: Record<string, string>; body?: string; signal?: AbortSignal; timeoutMs?: number },
): Promise<JsonAnswer> {
  return new Promise((resolve, reject) => {
    const payload = options.body === undefined ? undefined : Buffer.from(options.body);
    const req = request(
      url,
      {
        method: options.method,
        agent: false,
        signal: options.signal,
        headers: {
          ...options.headers,
          connection: 'close',
          ...(payload ? { 'content-type': 'application/json', 'content-length': String(payload.length) } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', (e) => reject(new NetworkFailure(e)));
        // 'aborted' before 'end' = the answer was cut mid-body.
        res.on('close', () => {
          if (!res.complete) reject(new NetworkFailure(new Error('answer cut short')));
          else resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') });
        });
      },
    );
    // A hung connection (e.g. a server closed mid-request) must not hang the suite.
    req.setTimeout(options.timeoutMs ?? 15_000, () => req.destroy(new Error('request timed out')));
    req.on('error', (e) => reject(new NetworkFailure(e)));
    req.end(payload);
  });
}
