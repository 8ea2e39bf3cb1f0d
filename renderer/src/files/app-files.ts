// The app's file sync: one per page, opened with the bridge's data key, talking to the county
// server through the connection the sync wiring configures (until then: not enrolled, files stay 本机).
import { bridge } from '#bridge';
import type { BridgeResult, SyncSecrets } from '#shared/bridge';
import type { SyncEnrollment } from '../sync/contract';
import type { FileConnection } from './file-http';
import { createFileSync, type FileSync } from './file-sync';
import { LocalFileStore } from './local-file-store';

type ConnectionSource = () => Promise<FileConnection | null>;

/**
 * The connection from what sync keeps: the server address of the enrollment and the token the
 * bridge holds. Either missing → null (not enrolled, or left).
 */
export function connectionFrom(
  enrollment: () => Promise<SyncEnrollment | null>,
  secrets: () => Promise<BridgeResult<SyncSecrets | null>> = () => bridge.getSyncSecrets(),
): ConnectionSource {
  return async () => {
    const [enrolled, kept] = await Promise.all([enrollment(), secrets()]);
    if (!enrolled || !kept.ok || !kept.value) return null;
    return { serverUrl: enrolled.serverUrl, token: kept.value.token };
  };
}

function createFileHolder() {
  let source: ConnectionSource = () => Promise.resolve(null);
  let opened: Promise<FileSync> | undefined;
  return {
    get(): Promise<FileSync> {
      opened ??= (async () => {
        const key = await bridge.getDataKey();
        if (!key.ok) throw new Error(`${key.error.code}: ${key.error.message}`);
        const store = await LocalFileStore.open({ dataKey: key.value.key });
        const sync = createFileSync({ store, connection: () => source() });
        sync.kick();
        return sync;
      })();
      return opened;
    },
    /** Called by the sync wiring once it knows the enrollment, and again after enroll/leave; resumes uploads. */
    configure(next: ConnectionSource): void {
      source = next;
      void opened?.then((sync) => sync.kick());
    },
  };
}

const holder = createFileHolder();

/** Same promise for every caller. */
export const getAppFileSync = (): Promise<FileSync> => holder.get();

/**
 * For the sync wiring: `configureFileConnection(connectionFrom(() => syncClient.enrollment()))`
 * at start and after enroll/leave; `resumeFileUploads()` when sync comes back online.
 */
export const configureFileConnection = (source: ConnectionSource): void => holder.configure(source);

export const resumeFileUploads = (): void => {
  void holder.get().then((sync) => sync.kick(), () => undefined);
};
