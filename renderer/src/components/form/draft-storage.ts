// Unsaved form drafts survive a reload or a power cut in localStorage. They may hold ID numbers and
// phones, so they are encrypted (AES-256-CBC, random IV) with the device's data key, never kept in plain text.
import CryptoJS from 'crypto-js';

export interface StoredDraft<T> {
  values: T;
  /** ISO time of the last autosave. */
  savedAt: string;
}

export interface DraftStorage {
  load<T>(key: string): StoredDraft<T> | null;
  save(key: string, values: unknown): void;
  clear(key: string): void;
}

export interface UnlockableDraftStorage extends DraftStorage {
  /** Until unlocked with the data key (base64, 32 bytes), drafts are neither read nor written. */
  unlock(dataKey: string): void;
}

const PREFIX = 'taizhang.draft.';

/** The localStorage key of a form's draft: kind plus record id, or 'new' for a record not yet saved. */
export const draftKeyOf = (kind: string, recordId: string | undefined): string => `${kind}.${recordId ?? 'new'}`;

export function createDraftStorage(storage: Storage): UnlockableDraftStorage {
  let key: CryptoJS.lib.WordArray | null = null;
  return {
    unlock(dataKey) {
      key = CryptoJS.enc.Base64.parse(dataKey);
    },
    load<T>(draftKey: string): StoredDraft<T> | null {
      const sealed = storage.getItem(PREFIX + draftKey);
      if (!key || !sealed) return null;
      const [iv, ciphertext] = sealed.split(':');
      if (!iv || !ciphertext) return null;
      try {
        const plain = CryptoJS.AES.decrypt(ciphertext, key, { iv: CryptoJS.enc.Base64.parse(iv) }).toString(CryptoJS.enc.Utf8);
        return JSON.parse(plain) as StoredDraft<T>;
      } catch {
        return null; // written with another key (data reset): nothing we can restore
      }
    },
    save(draftKey, values) {
      if (!key) return;
      const iv = CryptoJS.lib.WordArray.random(16);
      const plain = JSON.stringify({ values, savedAt: new Date().toISOString() } satisfies StoredDraft<unknown>);
      const ciphertext = CryptoJS.AES.encrypt(plain, key, { iv }).toString();
      try {
        storage.setItem(PREFIX + draftKey, `${CryptoJS.enc.Base64.stringify(iv)}:${ciphertext}`);
      } catch {
        // localStorage full: the form still works, only the safety copy is missing
      }
    },
    clear(draftKey) {
      storage.removeItem(PREFIX + draftKey);
    },
  };
}
