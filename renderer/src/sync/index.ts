// The app's sync client: created once per page over the opened store's database, keeping the
// device token through the bridge. The UI reaches it through <SyncProvider open={getSyncClient}>.
import { bridge } from '#bridge';
import type { BridgeResult, SyncSecrets } from '#shared/bridge';
import { getAppStore } from '../store/index';
import type { OpenedStore } from '../store/open-store';
import type { SyncClient } from './contract';
import { createSyncClient, type SyncSecretsPort } from './sync-client';

export type * from './contract';

function valueOf<T>(result: BridgeResult<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** The bridge's answers as the client wants them: a value, or a thrown `CODE: 中文说明`. */
const bridgeSecrets: SyncSecretsPort = {
  get: async () => valueOf(await bridge.getSyncSecrets()),
  set: async (secrets: SyncSecrets | null) => valueOf(await bridge.setSyncSecrets(secrets)),
};

let starting: Promise<SyncClient> | undefined;

/** Same promise for every caller (React StrictMode); a failure may be retried. */
export function getSyncClient(): Promise<SyncClient> {
  starting ??= getAppStore().then(
    async (store) => {
      // getAppStore hands out the opened store; its declared type shows the UI's part only.
      const opened = store as OpenedStore;
      // An enrolled device hashes ID numbers with the county's key (a no-op once its records carry it).
      const kept = await bridgeSecrets.get().catch(() => null);
      if (kept?.idHashKey) {
        opened.idNumberHashes.rekey(kept.idHashKey).catch((error: unknown) => console.warn('ID_HASH_REKEY_FAILED: 身份证号查找索引更新失败，稍后重试', error));
      }
      return createSyncClient({
        db: opened.database,
        derive: opened.derive,
        secrets: bridgeSecrets,
        rekeyIdHashes: async (idHashKey) => {
          await opened.idNumberHashes.rekey(idHashKey);
        },
      });
    },
    (error: unknown) => {
      starting = undefined;
      throw error;
    },
  );
  return starting;
}
