// POST /v1/enroll: the one call made without a token. Every failure becomes a SyncProblem in
// Chinese — the server's own message when it answered, ours when it could not be reached.
import { deviceRoles, requestHeaders, syncPaths, type EnrollResponse, type SyncError } from '#shared/sync/index';
import type { SyncProblem } from './contract';
import { describeServerError, problems } from './problems';

export type EnrollAnswer = { ok: true; response: EnrollResponse & Record<string, unknown> } | { ok: false; problem: SyncProblem };

const isEnrollResponse = (value: unknown): value is EnrollResponse & Record<string, unknown> => {
  const answer = value as Partial<EnrollResponse> | null;
  return typeof answer === 'object' && answer !== null && typeof answer.deviceId === 'string' && answer.deviceId !== ''
    && typeof answer.token === 'string' && answer.token !== '' && (deviceRoles as readonly unknown[]).includes(answer.role)
    && (answer.townshipId === null || typeof answer.townshipId === 'string');
};

export async function requestEnrollment(fetchFn: typeof fetch, serverUrl: string, code: string, deviceName: string): Promise<EnrollAnswer> {
  let response: Response;
  try {
    response = await fetchFn(`${serverUrl}${syncPaths.enroll}`, {
      method: 'POST',
      headers: { ...requestHeaders(), 'content-type': 'application/json' },
      body: JSON.stringify({ code, deviceName }),
    });
  } catch {
    return { ok: false, problem: problems.serverUnreachable };
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return { ok: false, problem: problems.serverAnswerInvalid };
  }
  if (!response.ok) {
    const answer = body as Partial<SyncError> | null;
    if (typeof answer?.code !== 'string') return { ok: false, problem: problems.serverAnswerInvalid };
    return { ok: false, problem: describeServerError(answer, response.status) };
  }
  return isEnrollResponse(body) ? { ok: true, response: body } : { ok: false, problem: problems.serverAnswerInvalid };
}
