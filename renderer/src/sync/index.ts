// The app's sync client: created once per page over the opened store's database, keeping the
// device token through the bridge. The UI reaches it through <SyncProvider open={getSyncClient}>.
import { bridge } from '#bridge';
import type { BridgeResult, SyncSecrets } from '#shared/bridge';
import { getAppStore } from '../store/index';
import type { OpenedStore } from '../store/open-store';
import type { SyncClient } from './contract';
import { followSyncInStore } from './store-follows-sync';
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
    (store) => {
      // getAppStore hands out the opened store; its declared type shows the UI's part only.
      const opened = store as OpenedStore;
      // The store opened with the county's ID-hash key already (store/index.ts); a fresh enrollment re-keys below.
      const client = createSyncClient({
        db: opened.database,
        derive: opened.derive,
        secrets: bridgeSecrets,
        rekeyIdHashes: async (idHashKey) => {
          await opened.idNumberHashes.rekey(idHashKey);
        },
      });
      followSyncInStore({ client, store: opened, token: async () => (await bridgeSecrets.get())?.token ?? null, report: (problem) => client.reportProblem(problem), leading: () => client.leading() });
      return client;
    },
    (error: unknown) => {
      starting = undefined;
      throw error;
    },
  );
  return starting;
}
