// Keeps the store's county-dependent parts in step with sync (decision 008): while enrolled, case
// numbers come from blocks the server reserves and are topped up (provisional 临 numbers replaced)
// each time sync is back in step; after 退出登记 the device numbers and hashes on its own again.
import { requestHeaders, syncPaths, type CaseNumberBlock, type CaseNumberReserver, type SyncError } from '#shared/sync/index';
import type { OpenedStore } from '../store/open-store';
import type { SyncClient, SyncEnrollment, SyncProblem, SyncStatus } from './contract';

export type StoreSyncControls = Pick<OpenedStore, 'caseNumbers' | 'idNumberHashes'>;

/** POST /v1/case-numbers/reserve; a refusal throws with the server's code, a network failure just throws. */
export function httpReserver(serverUrl: string, token: () => Promise<string | null>, fetchFn: typeof fetch = (...args) => fetch(...args)): CaseNumberReserver {
  return async (request) => {
    const bearer = await token();
    if (!bearer) throw Object.assign(new Error('本机尚未登记'), { code: 'UNAUTHENTICATED' });
    const response = await fetchFn(`${serverUrl}${syncPaths.reserveCaseNumbers}`, {
      method: 'POST',
      headers: { ...requestHeaders(bearer), 'content-type': 'application/json' },
      body: JSON.stringify(request),
    });
    const body = (await response.json()) as CaseNumberBlock | SyncError;
    if (!response.ok) throw Object.assign(new Error((body as SyncError).message), { code: (body as SyncError).code });
    return body as CaseNumberBlock;
  };
}

export interface FollowDeps {
  client: SyncClient;
  store: StoreSyncControls;
  token: () => Promise<string | null>;
  fetch?: typeof fetch;
  /** Where a failure goes (it never stops sync): console by default. */
  warn?: (message: string, error: unknown) => void;
  /** Shows a problem the official should know of in the sync status (上次错误). */
  report?: (problem: SyncProblem) => void;
  /**
   * Whether this tab runs the sync: only that tab tops up, so two web tabs never replace the same
   * 临时案号 at once (the others still number from the shared pool). Always, when not given.
   */
  leading?: () => boolean;
}

/** Starts following; returns the stop. */
export function followSyncInStore(deps: FollowDeps): () => void {
  const warn = deps.warn ?? ((message: string, error: unknown) => console.warn(message, error));
  let enrolledAt: string | null = null;
  let wasInStep = false;
  let work: Promise<void> = Promise.resolve();
  // One step at a time, in order: a top-up never races the reserver being set or removed.
  const then = (step: () => Promise<unknown>, failure: string) => {
    work = work.then(step).then(() => undefined, (error: unknown) => warn(failure, error));
  };

  const attach = (enrollment: SyncEnrollment) => {
    then(() => deps.store.caseNumbers.setReserver(httpReserver(enrollment.serverUrl, deps.token, deps.fetch)), 'CASE_NUMBER_RESERVER_FAILED: 无法向县服务器预留案号');
  };
  const detach = () => {
    then(async () => {
      await deps.store.caseNumbers.setReserver(null);
      await deps.store.caseNumbers.useDeviceCounter();
      await deps.store.idNumberHashes.useDeviceKey();
    }, 'SYNC_LEAVE_STORE_FAILED: 退出登记后恢复本机编号失败');
  };

  const topUp = async () => {
    const { problem } = await deps.store.caseNumbers.topUp();
    if (!problem) return;
    deps.report?.({
      code: 'CASE_NUMBER_RESERVE_FAILED',
      message: `无法向县服务器预留案号（${problem.message}，${problem.code}）。新案件暂用临时案号，下次同步时自动重试并换号`,
    });
  };

  const onStatus = (status: SyncStatus) => {
    // Once per return to step (status changes often: counts, progress), not on every change.
    const inStep = status.phase === 'idle' && status.online;
    const cameIntoStep = inStep && !wasInStep;
    wasInStep = inStep;
    if (status.phase === 'notEnrolled') {
      if (enrolledAt !== null) detach();
      enrolledAt = null;
      return;
    }
    void deps.client.enrollment().then((enrollment) => {
      if (!enrollment) return;
      // The county numbers no cases (case reviews carry the reviewed case's number): nothing to reserve.
      if (enrollment.role !== 'township') return;
      if (enrollment.enrolledAt !== enrolledAt) {
        enrolledAt = enrollment.enrolledAt;
        attach(enrollment);
      }
      // In step with the server: reserve the next block and replace provisional numbers.
      if (cameIntoStep && (deps.leading?.() ?? true)) then(topUp, 'CASE_NUMBER_TOP_UP_FAILED: 案号预留或临时案号替换失败，稍后重试');
    }, (error: unknown) => warn('SYNC_ENROLLMENT_READ_FAILED: 读取登记信息失败', error));
  };

  onStatus(deps.client.getStatus());
  return deps.client.subscribe(onStatus);
}
