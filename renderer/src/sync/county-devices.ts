// GET /v1/devices: the county's list of every PC (decision 026). Asked when the county's page opens,
// outside the replications: a failure here is the page's to show, not the sync status's.
import { requestHeaders, syncPaths, type DeviceListResponse, type SyncError } from '#shared/sync/index';
import type { CountyDevicesAnswer, SyncEnrollment } from './contract';
import { describeServerError, problems } from './problems';

export const notEnrolledForDevices = { code: 'NOT_ENROLLED', message: '本机尚未登记到县服务器，无法查看各电脑的同步情况（设置 → 同步）' };

const isList = (value: unknown): value is DeviceListResponse =>
  typeof value === 'object' && value !== null && Array.isArray((value as DeviceListResponse).devices)
  && typeof (value as DeviceListResponse).truncated === 'boolean';

export async function fetchCountyDevices(fetchFn: typeof fetch, enrollment: SyncEnrollment | null, token: string | undefined): Promise<CountyDevicesAnswer> {
  if (!enrollment || !token) return { ok: false, offline: false, problem: notEnrolledForDevices };
  let response: Response;
  try {
    response = await fetchFn(`${enrollment.serverUrl}${syncPaths.devices}`, { headers: requestHeaders(token) });
  } catch {
    return { ok: false, offline: true, problem: problems.serverUnreachable };
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return { ok: false, offline: false, problem: problems.serverAnswerInvalid };
  }
  if (!response.ok) return { ok: false, offline: response.status >= 500, problem: describeServerError(body as Partial<SyncError>, response.status) };
  return isList(body) ? { ok: true, list: body } : { ok: false, offline: false, problem: problems.serverAnswerInvalid };
}
