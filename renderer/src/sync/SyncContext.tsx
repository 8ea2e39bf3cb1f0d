// The sync client for the whole app, and its live status, by context. The app works without one
// (no server set up, or sync could not start): useSync() then says 'notEnrolled' and gives no client.
import { createContext, use, useMemo, useSyncExternalStore, type ReactNode } from 'react';
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

/** Hands down the client boot.ts created (or a test's), with its live status. */
export function StaticSyncProvider({ client, children }: { client: SyncClient | null; children: ReactNode }) {
  const status = useLiveStatus(client);
  const value = useMemo(() => ({ client, status }), [client, status]);
  return <SyncContext value={value}>{children}</SyncContext>;
}
