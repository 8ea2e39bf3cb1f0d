// Updates follow sync (decision 033): each time sync is back in touch with the county server, the shell is
// asked to check that server for a new release (it checks at most every few hours and downloads in the
// background). Wired once, by boot.ts.
import type { TaizhangBridge } from '#shared/bridge';
import { resumeWhenSyncConnects } from '../files/follow-sync';
import type { SyncClient } from '../sync/contract';

/** Returns the stop. A failed check shows in 设置 (the shell's status); it never disturbs the official's work. */
export function checkUpdatesWhenConnected(sync: Pick<SyncClient, 'getStatus' | 'subscribe' | 'enrollment'>, bridge: Pick<TaizhangBridge, 'checkForUpdates'>): () => void {
  const check = async () => {
    const enrolled = await sync.enrollment();
    if (enrolled) await bridge.checkForUpdates({ serverUrl: enrolled.serverUrl });
  };
  return resumeWhenSyncConnects(sync, () => void check().catch(() => undefined));
}
