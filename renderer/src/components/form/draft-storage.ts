// Unsaved form drafts survive a reload or a power cut in localStorage. They may hold ID numbers and
// phones, so they are sealed with AES-GCM under a key derived from the device's data key, never kept in
// plain text. GCM authenticates: a draft altered, sealed under another key (data reset), moved to another
// form's slot or left in the old unauthenticated format does not open, and is discarded — the form then
// opens as if there were none, never with garbage in it.
import { base64Bytes, bytesBase64, createDataKeyCipher, type DataKeyCipher } from '../../encryption/data-key-cipher';

export interface StoredDraft<T> {
  values: T;
  /** ISO time of the last autosave. */
  savedAt: string;
}

export interface DraftStorage {
  /** The draft of a form, or null (none, locked, or unreadable — an unreadable one is removed). */
  load<T>(key: string): Promise<StoredDraft<T> | null>;
  /** Never rejects: a draft that cannot be kept (locked, storage full) is simply not kept. */
  save(key: string, values: unknown): Promise<void>;
  /** At once, and wins over any save still sealing. */
  clear(key: string): void;
}

export interface UnlockableDraftStorage extends DraftStorage {
  /** Until unlocked with the data key (base64, 32 bytes), drafts are neither read nor written. */
  unlock(dataKey: string): void;
}

const PREFIX = 'taizhang.draft.';
/** Marks the sealed format; anything else under PREFIX is from an older release and is discarded. */
const FORMAT = 'gcm1';

/** The localStorage key of a form's draft: kind plus record id, or 'new' for a record not yet saved. */
export const draftKeyOf = (kind: string, recordId: string | undefined): string => `${kind}.${recordId ?? 'new'}`;

const isStoredDraft = (value: unknown): value is StoredDraft<unknown> =>
  typeof value === 'object' && value !== null && 'values' in value && typeof (value as { savedAt?: unknown }).savedAt === 'string';

export function createDraftStorage(storage: Storage, clock: () => Date = () => new Date()): UnlockableDraftStorage {
  let cipher: Promise<DataKeyCipher | null> | null = null;
  // Per draft, bumped by every save and clear: a save whose sealing finished after a newer save or a
  // clear must not write, or a saved record would come back as a draft in the next new form.
  const generations = new Map<string, number>();
  const bump = (draftKey: string) => {
    const next = (generations.get(draftKey) ?? 0) + 1;
    generations.set(draftKey, next);
    return next;
  };
  const discard = (draftKey: string) => {
    bump(draftKey);
    storage.removeItem(PREFIX + draftKey);
  };

  return {
    unlock(dataKey) {
      cipher = createDataKeyCipher(dataKey, { salt: 'taizhang-drafts', info: 'form drafts v1' }).catch((error: unknown) => {
        console.error('DRAFT_KEY_INVALID: 数据密钥无法用于草稿，未保存的草稿将不会保留', error);
        return null;
      });
    },
    async load<T>(draftKey: string): Promise<StoredDraft<T> | null> {
      const sealed = storage.getItem(PREFIX + draftKey);
      const key = await cipher;
      if (!key || !sealed) return null;
      const [format, iv, data] = sealed.split(':');
      try {
        if (format !== FORMAT || !iv || !data) throw new Error('DRAFT_FORMAT_UNKNOWN');
        // The draft's own key is the context: a draft copied into another form's slot does not open.
        const plain = await key.open(base64Bytes(iv), base64Bytes(data).buffer, draftKey);
        const draft: unknown = JSON.parse(new TextDecoder().decode(plain));
        if (!isStoredDraft(draft)) throw new Error('DRAFT_SHAPE_UNKNOWN');
        return draft as StoredDraft<T>;
      } catch {
        // Nothing here can ever be restored; removed so it is not tried on every visit.
        if (storage.getItem(PREFIX + draftKey) === sealed) discard(draftKey);
        return null;
      }
    },
    async save(draftKey, values) {
      const generation = bump(draftKey);
      const key = await cipher;
      if (!key) return;
      try {
        const plain = JSON.stringify({ values, savedAt: clock().toISOString() } satisfies StoredDraft<unknown>);
        const { iv, data } = await key.seal(new TextEncoder().encode(plain), draftKey);
        if (generations.get(draftKey) !== generation) return;
        storage.setItem(PREFIX + draftKey, `${FORMAT}:${bytesBase64(iv)}:${bytesBase64(new Uint8Array(data))}`);
      } catch {
        // localStorage full: the form still works, only the safety copy is missing
      }
    },
    clear: discard,
  };
}
