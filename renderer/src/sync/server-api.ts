// Requests to the county server: protocol and token headers on every call, the shared retry gate
// before it, and each failure turned into a SyncRequestError saying whether to retry.
import { requestHeaders, type SyncError } from '#shared/sync/index';
import type { RetryGate } from './backoff';
import { describeServerError, kindOfStatus, problems, SyncRequestError } from './problems';

export interface SyncHttpDeps {
  serverUrl: string;
  token: string;
  fetch: typeof fetch;
  gate: RetryGate;
  /** Told of every answer and every failure, for the status (online, last error, phase). */
  report: (outcome: { ok: true } | { ok: false; error: SyncRequestError }) => void;
}

export interface SyncHttp {
  /** JSON request through the gate; throws SyncRequestError. */
  json<T>(path: string, init?: { method?: string; body?: unknown; signal?: AbortSignal }): Promise<T>;
  /** The raw response of a streaming request (the caller reads the body); non-2xx throws. */
  stream(path: string, signal: AbortSignal): Promise<Response>;
  headers(): Record<string, string>;
}

async function errorBody(response: Response): Promise<Partial<SyncError> | undefined> {
  try {
    return (await response.json()) as Partial<SyncError>;
  } catch {
    return undefined;
  }
}

export function createSyncHttp(deps: SyncHttpDeps): SyncHttp {
  const headers = () => requestHeaders(deps.token);

  async function send(path: string, init: RequestInit): Promise<Response> {
    await deps.gate.pass();
    let response: Response;
    try {
      response = await deps.fetch(`${deps.serverUrl}${path}`, init);
    } catch (cause) {
      if (init.signal?.aborted) throw cause;
      const error = new SyncRequestError(problems.serverUnreachable, 'transient');
      deps.gate.failed();
      deps.report({ ok: false, error });
      throw error;
    }
    if (response.ok) {
      deps.gate.succeeded();
      deps.report({ ok: true });
      return response;
    }
    const body = await errorBody(response);
    const problem = describeServerError(body, response.status);
    const error = new SyncRequestError(problem, kindOfStatus(response.status, problem.code), response.status);
    if (error.kind === 'fatal') deps.gate.block(problem);
    else if (error.kind === 'transient') deps.gate.failed();
    deps.report({ ok: false, error });
    throw error;
  }

  return {
    headers,
    async json<T>(path: string, init: { method?: string; body?: unknown; signal?: AbortSignal } = {}) {
      const response = await send(path, {
        method: init.method ?? 'GET',
        headers: init.body === undefined ? headers() : { ...headers(), 'content-type': 'application/json' },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal: init.signal,
      });
      try {
        return (await response.json()) as T;
      } catch (cause) {
        // A connection cut while the body arrives is a network failure; text that is not JSON is not our server.
        const error = new SyncRequestError(cause instanceof SyntaxError ? problems.serverAnswerInvalid : problems.serverUnreachable, 'transient');
        deps.gate.failed();
        deps.report({ ok: false, error });
        throw error;
      }
    },
    stream: (path, signal) => send(path, { method: 'GET', headers: { ...headers(), accept: 'text/event-stream' }, signal }),
  };
}
