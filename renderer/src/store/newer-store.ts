// An older app must not open a database a newer one wrote (decision 033). RxDB keeps each collection's data
// under its schema version and remembers that version in the database's internal store; an app whose schema is
// older would find no data at its own version, open an empty ledger beside the real one, and let the official
// enter records the newer app never sees (a rollback from a backup, an old installer run again). So before
// any collection opens, a stored version above the app's own is refused, and nothing is written.
import { getAllCollectionDocuments, type RxDatabase } from 'rxdb';

export interface NewerCollection {
  collection: string;
  stored: number;
  app: number;
}

/** The collections stored at a schema version newer than this app's (`appVersions`: name → version). */
export async function newerStoredCollections(internalStore: RxDatabase['internalStore'], appVersions: Readonly<Record<string, number>>): Promise<NewerCollection[]> {
  const stored = await getAllCollectionDocuments(internalStore);
  const newer: NewerCollection[] = [];
  for (const doc of stored) {
    const app = appVersions[doc.data.name];
    if (app !== undefined && doc.data.schema.version > app) newer.push({ collection: doc.data.name, stored: doc.data.schema.version, app });
  }
  return newer;
}

export const STORE_TOO_NEW = 'STORE_TOO_NEW';

export function storeTooNewError(newer: readonly NewerCollection[]): Error {
  const detail = newer.map((n) => `${n.collection} ${n.stored} > ${n.app}`).join('，');
  return new Error(
    `${STORE_TOO_NEW}: 本机数据是由更新版本的台账保存的，当前安装的台账版本较旧，无法打开。为保护已录入的台账，本程序没有读取或改动这些数据。` +
      `请安装县司法局发布的最新版本后再打开（技术信息：${detail}）。`,
  );
}
