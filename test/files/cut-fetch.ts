// A fetch that fails after N bytes on the requests a plan names: a cut PATCH really sends its
// headers and the first N bytes to the server, then drops the connection (the server sees a
// half-received part); a cut GET delivers the first N bytes of the answer, then the body errors.
import { request } from 'node:http';

export interface RequestLog {
  method: string;
  offset?: number;
  range?: string;
  status?: number;
}

export type CutPlan = (entry: RequestLog, index: number) => number | undefined;

function sendHalf(url: string, init: RequestInit, bytes: Uint8Array, afterBytes: number): Promise<never> {
  return new Promise((_resolve, reject) => {
    const req = request(url, { method: init.method, headers: { ...(init.headers as Record<string, string>), 'content-length': String(bytes.length) } });
    req.on('error', () => reject(new TypeError('fetch failed')));
    req.write(bytes.subarray(0, afterBytes), () => {
      req.destroy();
      reject(new TypeError('fetch failed'));
    });
  });
}

function truncated(response: Response, afterBytes: number): Response {
  const reader = response.body?.getReader();
  let passed = 0;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await reader?.read();
      if (!next || next.done) return controller.close();
      const room = afterBytes - passed;
      if (next.value.length >= room) {
        controller.enqueue(next.value.subarray(0, room));
        controller.error(new TypeError('terminated'));
        await reader?.cancel();
        return;
      }
      passed += next.value.length;
      controller.enqueue(next.value);
    },
  });
  return new Response(body, { status: response.status, headers: response.headers });
}

export function cuttingFetch(plan: CutPlan = () => undefined, mutate?: (entry: RequestLog, body: Uint8Array) => Uint8Array) {
  const log: RequestLog[] = [];
  const fetchFn: typeof fetch = async (input, init = {}) => {
    const headers = (init.headers ?? {}) as Record<string, string>;
    const entry: RequestLog = { method: init.method ?? 'GET' };
    if (headers['upload-offset'] !== undefined) entry.offset = Number(headers['upload-offset']);
    if (headers.range !== undefined) entry.range = headers.range;
    const index = log.push(entry) - 1;
    const cut = plan(entry, index);
    let body: Uint8Array | undefined = init.body instanceof Uint8Array ? init.body : undefined;
    if (body && mutate) body = mutate(entry, body);
    if (cut !== undefined && body) return sendHalf(input instanceof Request ? input.url : input.toString(), init, body, cut);
    const response = await fetch(input, body ? { ...init, body: body as Uint8Array<ArrayBuffer> } : init);
    entry.status = response.status;
    return cut === undefined ? response : truncated(response, cut);
  };
  return { fetch: fetchFn, log };
}
