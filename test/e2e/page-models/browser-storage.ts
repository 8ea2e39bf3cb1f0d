// Everything the app left in the browser profile, read from inside the page: every object store of every
// IndexedDB database of the origin (walked with cursors), plus localStorage and sessionStorage. Values
// that JSON cannot hold (Blob, ArrayBuffer, typed arrays, Date, Map, Set) are turned into text first,
// so a personal number hidden in a binary or a Blob would still be found.
import type { Page } from '@playwright/test';

export interface StoredText {
  /** 'indexedDB:<database>/<store>' or 'localStorage' / 'sessionStorage'. */
  where: string;
  entries: number;
  /** Keys and values, each serialised, joined with newlines. */
  text: string;
}

export async function readEverythingStored(page: Page): Promise<StoredText[]> {
  return page.evaluate(async () => {
    const decoder = new TextDecoder('utf-8', { fatal: false });

    async function jsonSafe(value: unknown, seen: Set<object>): Promise<unknown> {
      if (value === null || typeof value !== 'object') {
        return typeof value === 'bigint' || typeof value === 'symbol' || typeof value === 'function' ? String(value) : value;
      }
      if (seen.has(value)) return '[circular]';
      seen.add(value);
      if (value instanceof Blob) return { blob: await value.text() };
      if (value instanceof ArrayBuffer) return { bytes: decoder.decode(value) };
      if (ArrayBuffer.isView(value)) return { bytes: decoder.decode(value) };
      if (value instanceof Date) return value.toISOString();
      if (value instanceof Map) return jsonSafe(Object.fromEntries([...value.entries()].map(([k, v]) => [String(k), v])), seen);
      if (value instanceof Set) return jsonSafe([...value], seen);
      if (Array.isArray(value)) return Promise.all(value.map((item) => jsonSafe(item, seen)));
      const entries = await Promise.all(Object.entries(value).map(async ([key, item]) => [key, await jsonSafe(item, seen)] as const));
      return Object.fromEntries(entries);
    }

    const request = <T>(req: IDBRequest<T>) => new Promise<T>((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
    });

    async function readStore(db: IDBDatabase, storeName: string): Promise<{ entries: number; lines: string[] }> {
      // Collect raw values inside the transaction (it closes at the first await on anything else).
      const raw: { key: IDBValidKey; value: unknown }[] = await new Promise((resolve, reject) => {
        const found: { key: IDBValidKey; value: unknown }[] = [];
        const cursorRequest = db.transaction(storeName, 'readonly').objectStore(storeName).openCursor();
        cursorRequest.onsuccess = () => {
          const cursor = cursorRequest.result;
          if (!cursor) return resolve(found);
          found.push({ key: cursor.primaryKey, value: cursor.value });
          cursor.continue();
        };
        cursorRequest.onerror = () => reject(cursorRequest.error ?? new Error('cursor failed'));
      });
      const lines = await Promise.all(raw.map(async ({ key, value }) => JSON.stringify([await jsonSafe(key, new Set()), await jsonSafe(value, new Set())])));
      return { entries: raw.length, lines };
    }

    const results: { where: string; entries: number; text: string }[] = [];
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await request(indexedDB.open(info.name));
      try {
        for (const storeName of Array.from(db.objectStoreNames)) {
          const { entries, lines } = await readStore(db, storeName);
          results.push({ where: `indexedDB:${info.name}/${storeName}`, entries, text: lines.join('\n') });
        }
      } finally {
        db.close();
      }
    }
    for (const [where, storage] of [['localStorage', localStorage], ['sessionStorage', sessionStorage]] as const) {
      const lines = Array.from({ length: storage.length }, (_, index) => {
        const key = storage.key(index) ?? '';
        return JSON.stringify([key, storage.getItem(key)]);
      });
      results.push({ where, entries: lines.length, text: lines.join('\n') });
    }
    return results;
  });
}

/** The places (database/store) whose text contains `needle`. */
export const placesHolding = (stored: StoredText[], needle: string): string[] =>
  stored.filter((place) => place.text.includes(needle)).map((place) => place.where);
