// An open list follows its ledger: a record saved in another window or received by sync shows up
// without leaving the page. Changes are gathered for a moment, so a long pull (a batch every few
// hundred milliseconds) reloads the page about once a second, not once per batch.
import { useEffect } from 'react';

export type WatchChanges = (listener: () => void) => () => void;

export const RELOAD_GATHER_MS = 800;

export function useReloadOnChange(watch: WatchChanges | undefined, reload: () => void, gatherMs = RELOAD_GATHER_MS): void {
  useEffect(() => {
    if (!watch) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = watch(() => {
      timer ??= setTimeout(() => {
        timer = undefined;
        reload();
      }, gatherMs);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [watch, reload, gatherMs]);
}
