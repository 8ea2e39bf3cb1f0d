// The three file requests of the county server (docs/sync-api.md § Files), over an injected fetch.
// Every failure becomes a FileSyncError: a code, a Chinese message, and whether retrying may mend it.
import { fileErrors, fileHeaders, filePaths, PART_CONTENT_TYPE, type UploadProgress } from '#shared/files/index';
import { requestHeaders, syncErrors } from '#shared/sync/index';

/** Where the device's county server is and its bearer token (from the sync enrollment and the bridge). */
export interface FileConnection {
  serverUrl: string;
  token: string;
}

export class FileSyncError extends Error {
  constructor(
    readonly code: string,
    readonly chineseMessage: string,
    /** A network failure, 429 or 5xx: the same request may succeed later. */
    readonly retryable: boolean,
    readonly details?: Record<string, unknown>,
  ) {
    super(`${code}: ${chineseMessage}`);
  }
}

export const networkError = (): FileSyncError => new FileSyncError('NETWORK', '连不上县服务器，联网后会自动继续。', true);

async function failureOf(response: Response): Promise<FileSyncError> {
  let body: { code?: string; message?: string; details?: Record<string, unknown> } = {};
  try {
    body = (await response.json()) as typeof body;
  } catch {
    // HEAD answers and proxies' error pages have no JSON body.
  }
  const known = { ...syncErrors, ...fileErrors } as Record<string, { message: string }>;
  const code = body.code ?? `HTTP_${response.status}`;
  const message = body.message ?? known[code]?.message ?? `县服务器返回错误（${response.status}），稍后会自动重试。`;
  return new FileSyncError(code, message, response.status === 429 || response.status >= 500, body.details);
}

export interface FileHttp {
  /** Bytes of this file the server holds from this township; `length` once an upload began. */
  head(sha256: string): Promise<{ offset: number; length?: number }>;
  patch(sha256: string, offset: number, fileSize: number, bytes: Uint8Array): Promise<UploadProgress>;
  /** Bytes start..end inclusive. */
  getRange(sha256: string, start: number, end: number): Promise<Uint8Array>;
}

export function createFileHttp(fetchFn: typeof fetch, connection: FileConnection): FileHttp {
  const base = connection.serverUrl.replace(/\/+$/, '');
  const headers = requestHeaders(connection.token);
  const call = async (sha256: string, init: RequestInit): Promise<Response> => {
    try {
      return await fetchFn(`${base}${filePaths.file(sha256)}`, { ...init, headers: { ...headers, ...(init.headers as Record<string, string>) } });
    } catch {
      throw networkError();
    }
  };
  return {
    async head(sha256) {
      const response = await call(sha256, { method: 'HEAD' });
      if (!response.ok) throw await failureOf(response);
      const length = response.headers.get(fileHeaders.length);
      return { offset: Number(response.headers.get(fileHeaders.offset) ?? 0), ...(length === null ? {} : { length: Number(length) }) };
    },
    async patch(sha256, offset, fileSize, bytes) {
      const response = await call(sha256, {
        method: 'PATCH',
        headers: { 'content-type': PART_CONTENT_TYPE, [fileHeaders.offset]: String(offset), [fileHeaders.length]: String(fileSize) },
        body: bytes as Uint8Array<ArrayBuffer>,
      });
      if (!response.ok) throw await failureOf(response);
      try {
        return (await response.json()) as UploadProgress;
      } catch {
        throw networkError();
      }
    },
    async getRange(sha256, start, end) {
      const response = await call(sha256, { method: 'GET', headers: { range: `bytes=${start}-${end}` } });
      if (!response.ok) throw await failureOf(response);
      let body: Uint8Array;
      try {
        body = new Uint8Array(await response.arrayBuffer());
      } catch {
        // The connection broke in the middle of the answer.
        throw networkError();
      }
      // A server (or proxy) that ignored Range sends the whole file: take our part of it.
      if (response.status === 200) body = body.subarray(start, end + 1);
      if (body.length !== end - start + 1) throw networkError();
      return body;
    },
  };
}
