// Keeps a copy of what the official is typing (debounced) so a reload or power cut loses nothing.
// The copy is read once when the form opens and removed after a successful save.
import { useCallback, useEffect, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import type { DraftStorage, StoredDraft } from './draft-storage';

const AUTOSAVE_DELAY_MS = 400;

/** Reads the stored draft once; call before useForm so the form opens with the restored values. */
export function useStoredDraft<V>(storage: DraftStorage, key: string): StoredDraft<V> | null {
  const [stored] = useState(() => storage.load<V>(key));
  return stored;
}

export function useDraftAutosave<V extends FieldValues>(form: UseFormReturn<V>, storage: DraftStorage, key: string) {
  const { watch } = form;
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let latest: unknown;
    const flush = () => {
      if (timer === undefined) return;
      clearTimeout(timer);
      timer = undefined;
      storage.save(key, latest);
    };
    const subscription = watch((values) => {
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

  return useCallback(() => storage.clear(key), [storage, key]);
}
