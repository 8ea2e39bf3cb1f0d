// The sync client for the whole app, and its live status, by context. The app works without one
// (no server set up, or sync could not start): useSync() then says 'notEnrolled' and gives no client.
import { createContext, use, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { SyncClient, SyncStatus } from './contract';

export interface SyncState {
  client: SyncClient | null;
  status: SyncStatus;
}

const notEnrolled: SyncStatus = { phase: 'notEnrolled', online: true, waiting: 0, conflicts: 0 };
const SyncContext = createContext<SyncState>({ client: null, status: notEnrolled });

export function useSync(): SyncState {
  return use(SyncContext);
}

interface StatusSource {
  subscribe: (onChange: () => void) => () => void;
  get: () => SyncStatus;
}

/** A cached snapshot: getStatus() need not return the same object twice, useSyncExternalStore needs it to. */
function statusSource(client: SyncClient | null): StatusSource {
  let current = client?.getStatus() ?? notEnrolled;
  return {
    subscribe: (onChange) => {
      if (!client) return () => undefined;
      const stop = client.subscribe((next) => {
        current = next;
        onChange();
      });
      // The status may have moved between render and subscribe; React reads the snapshot again after this.
      current = client.getStatus();
      return stop;
    },
    get: () => current,
  };
}

function useLiveStatus(client: SyncClient | null): SyncStatus {
  const source = useMemo(() => statusSource(client), [client]);
  return useSyncExternalStore(source.subscribe, source.get);
}

/** Hands down a client that already exists (tests, previews). */
export function StaticSyncProvider({ client, children }: { client: SyncClient | null; children: ReactNode }) {
  const status = useLiveStatus(client);
  const value = useMemo(() => ({ client, status }), [client, status]);
  return <SyncContext value={value}>{children}</SyncContext>;
}

/**
 * Starts sync once (`open` returns the same promise on every call, as getSyncClient does). The
 * pages show at once; the client arrives when ready. A failure to start leaves the app working
 * offline and is logged, since sync problems are shown in the app bar only once a client exists.
 */
export function SyncProvider({ open, children }: { open?: () => Promise<SyncClient>; children: ReactNode }) {
  const [client, setClient] = useState<SyncClient | null>(null);
  useEffect(() => {
    if (!open) return undefined;
    let live = true;
    open().then(
      (opened) => live && setClient(opened),
      (error: unknown) => console.warn('SYNC_START_FAILED: 同步未能启动，本机记录照常保存', error),
    );
    return () => { live = false; };
  }, [open]);
  return <StaticSyncProvider client={client}>{children}</StaticSyncProvider>;
}
