// Keeps a copy of what the official is typing (debounced) so a reload or power cut loses nothing.
// The copy is read (and decrypted) once, before the form opens. A draft belongs to one form of one record: once that
// record is saved, the copy is gone and this form writes none again — a keystroke still waiting
// for its debounce, or the flush on leaving the page, would otherwise bring the saved record back
// as "已恢复未保存的草稿" in the next new form (one official's ID number in the next record).
import { useCallback, useEffect, useRef } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { useAsync } from '../async/useAsync';
import type { DraftStorage, StoredDraft } from './draft-storage';

const AUTOSAVE_DELAY_MS = 400;

/** The stored draft (null: none), or undefined while it is read; open the form once it is defined. */
export function useStoredDraft<V>(storage: DraftStorage, key: string): StoredDraft<V> | null | undefined {
  const load = useCallback(() => storage.load<V>(key), [storage, key]);
  const { data, loading } = useAsync(load);
  return loading ? undefined : (data ?? null);
}

export interface DraftAutosave {
  /** The official threw the draft away (放弃草稿): the copy goes, typing on keeps a new one. */
  discard: () => void;
  /** The record was saved: the copy goes and this form never writes one again. */
  finish: () => void;
}

export function useDraftAutosave<V extends FieldValues>(form: UseFormReturn<V>, storage: DraftStorage, key: string): DraftAutosave {
  const { watch } = form;
  /** Cancels a pending write; set by the effect below. */
  const cancelPending = useRef<() => void>(() => undefined);
  const finished = useRef(false);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let latest: unknown;
    const flush = () => {
      if (timer === undefined) return;
      clearTimeout(timer);
      timer = undefined;
      if (!finished.current) void storage.save(key, latest);
    };
    cancelPending.current = () => {
      clearTimeout(timer);
      timer = undefined;
    };
    const subscription = watch((values) => {
      if (finished.current) return;
      latest = values;
      clearTimeout(timer);
      timer = setTimeout(flush, AUTOSAVE_DELAY_MS);
    });
    // Leaving the page (or closing the window) must not drop the last keystrokes.
    window.addEventListener('pagehide', flush);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [watch, storage, key]);

  const discard = useCallback(() => {
    cancelPending.current();
    storage.clear(key);
  }, [storage, key]);
  const finish = useCallback(() => {
    finished.current = true;
    discard();
  }, [discard]);
  return { discard, finish };
}
