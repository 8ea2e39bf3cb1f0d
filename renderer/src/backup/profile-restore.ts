// Putting a backup back (decision 032). In two steps, so a refusal changes nothing:
//  1. `planRestore` reads and checks every entry (JSON shape, schema versions, each attachment's
//     bytes against its SHA-256) without touching the profile;
//  2. `applyRestore` deletes the profile's databases and writes the backup into fresh ones, under
//     this install's data key.
// A restored profile is a new device: it drops the enrollment, the case-number blocks and what sync
// kept, and gets a new device id; its records keep their ids, so the server recognises them.
import { v7 as uuidv7 } from 'uuid';
import { BackupRefusal, type BackupEntries } from '#shared/backup/container';
import { collectionSchemas, type CollectionName } from '#shared/domain/schemas/index';
import { schemaMigrations } from '#shared/domain/schemas/migrations';
import { createDatabase } from '../store/database';
import type { IndexedDbSource } from '../store/storage';
import { LocalFileStore } from '../files/local-file-store';
import { sha256Hex } from '../files/file-crypto';
import { backedUpCollections, SNAPSHOT_VERSION, type FilesManifest, type LocalDocument, type SnapshotManifest } from './profile-snapshot';

export interface RestorePlan {
  manifest: SnapshotManifest;
  collections: Map<CollectionName, Record<string, unknown>[]>;
  local: LocalDocument[];
  files: { sha256: string; bytes: Uint8Array }[];
  filesManifest: FilesManifest;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function parse(entries: BackupEntries, path: string): unknown {
  const bytes = entries[path];
  if (!bytes) throw new BackupRefusal('BACKUP_TAMPERED', `缺少 ${path}`);
  try {
    return JSON.parse(decoder.decode(bytes));
  } catch {
    throw new BackupRefusal('BACKUP_TAMPERED', `${path} 无法读取`);
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function documentsOf(value: unknown, path: string): Record<string, unknown>[] {
  if (!Array.isArray(value) || !value.every((doc) => isObject(doc) && typeof doc.id === 'string')) throw new BackupRefusal('BACKUP_TAMPERED', `${path} 格式不对`);
  return value as Record<string, unknown>[];
}

/** Brings documents written under an older schema version up to this build's (as RxDB does at open). */
function migrated(name: CollectionName, docs: Record<string, unknown>[], from: number): Record<string, unknown>[] {
  const to = collectionSchemas[name].version;
  if (from > to) throw new BackupRefusal('BACKUP_TOO_NEW', `${name} 版本 ${from}`);
  if (from === to) return docs;
  const steps = schemaMigrations[name] ?? {};
  return docs.map((doc) => {
    let out = doc;
    for (let version = from + 1; version <= to; version++) {
      const step = steps[version];
      if (!step) throw new BackupRefusal('BACKUP_TAMPERED', `${name} 无法从版本 ${from} 升级`);
      out = step(out);
    }
    return out;
  });
}

/** Checks a decrypted backup through and through; throws BackupRefusal. Touches nothing. */
export async function planRestore(entries: BackupEntries): Promise<RestorePlan> {
  const manifest = parse(entries, 'manifest.json') as SnapshotManifest;
  if (!isObject(manifest) || typeof manifest.snapshotVersion !== 'number' || !isObject(manifest.schemaVersions)) throw new BackupRefusal('BACKUP_TAMPERED', 'manifest.json 格式不对');
  if (manifest.snapshotVersion > SNAPSHOT_VERSION) throw new BackupRefusal('BACKUP_TOO_NEW', `内容版本 ${manifest.snapshotVersion}`);
  const collections = new Map<CollectionName, Record<string, unknown>[]>();
  for (const name of backedUpCollections) {
    const path = `collections/${name}.json`;
    // A collection added after the backup was made has no entry: it starts empty.
    if (!entries[path]) continue;
    collections.set(name, migrated(name, documentsOf(parse(entries, path), path), manifest.schemaVersions[name] ?? 0));
  }
  const local = parse(entries, 'local.json');
  if (!Array.isArray(local) || !local.every((doc) => isObject(doc) && typeof doc.id === 'string' && isObject(doc.data))) throw new BackupRefusal('BACKUP_TAMPERED', 'local.json 格式不对');
  const filesManifest = parse(entries, 'files.json') as FilesManifest;
  if (!isObject(filesManifest) || !Array.isArray(filesManifest.uploads) || !Array.isArray(filesManifest.removed)) throw new BackupRefusal('BACKUP_TAMPERED', 'files.json 格式不对');
  const files: RestorePlan['files'] = [];
  for (const [path, bytes] of Object.entries(entries)) {
    if (!path.startsWith('files/')) continue;
    const sha256 = path.slice('files/'.length);
    if ((await sha256Hex(bytes)) !== sha256) throw new BackupRefusal('BACKUP_TAMPERED', `附件 ${sha256.slice(0, 8)} 内容不符`);
    files.push({ sha256, bytes });
  }
  return { manifest, collections, local: local as LocalDocument[], files, filesManifest };
}

/** Local documents a restored profile must not keep: this device's link to the county and half-done work. */
const droppedLocal = [/^syncEnrollment$/, /^syncProgress$/, /^caseNumberPool:/, /^syncSetAside\|/, /^syncUnanswered\|/, /^saveJournal$/, /^searchTokenVersion$/];
const DEVICE_SETTINGS_ID = 'deviceSettings';

/** The local documents as a restored profile keeps them: sync's state dropped, a new device id. */
export function localDocumentsToRestore(local: readonly LocalDocument[], newDeviceId: string): LocalDocument[] {
  return local
    .filter((doc) => !droppedLocal.some((pattern) => pattern.test(doc.id)))
    .map((doc) => (doc.id === DEVICE_SETTINGS_ID ? { id: doc.id, data: { ...doc.data, deviceId: newDeviceId } } : doc));
}

export interface ProfileLocation {
  /** The app's database names (boot.ts); tests use fresh ones. */
  names: { store: string; files: string };
  indexedDb?: IndexedDbSource;
  dataKey: string;
}

const DELETE_BLOCKED = '本机数据被另一个台账窗口占用，无法恢复。请关闭其他台账窗口后重试。';

function deleteDatabase(factory: IDBFactory, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`BACKUP_RESTORE_DELETE_FAILED: ${name}`));
    request.onblocked = () => reject(new Error(`BACKUP_RESTORE_BLOCKED: ${DELETE_BLOCKED}`));
  });
}

/** Deletes every IndexedDB database of the profile: the store's (RxDB names one per collection) and the files'. */
export async function deleteProfile(location: Pick<ProfileLocation, 'names' | 'indexedDb'>): Promise<void> {
  const factory = location.indexedDb?.indexedDB ?? indexedDB;
  const prefix = `rxdb-dexie-${location.names.store}--`;
  for (const info of await factory.databases()) {
    const name = info.name ?? '';
    if (name.startsWith(prefix) || name === location.names.files) await deleteDatabase(factory, name);
  }
}

const INSERT_CHUNK = 2000;

export interface RestoreReport {
  documents: number;
  files: number;
  deviceId: string;
}

/**
 * Replaces the profile with the plan's content. The app's store and file store must be closed.
 * `extraLocal`: local documents to write beside the backup's (the backup state, sealed anew).
 */
export async function applyRestore(plan: RestorePlan, location: ProfileLocation, extraLocal: readonly LocalDocument[] = []): Promise<RestoreReport> {
  await deleteProfile(location);
  const deviceId = uuidv7();
  const db = await createDatabase({ name: location.names.store, password: location.dataKey, indexedDb: location.indexedDb, multiInstance: false });
  let documents = 0;
  try {
    for (const [name, docs] of plan.collections) {
      for (let start = 0; start < docs.length; start += INSERT_CHUNK) {
        const result = await db[name].bulkInsert(docs.slice(start, start + INSERT_CHUNK) as never[]);
        if (result.error.length > 0) throw new Error(`BACKUP_RESTORE_WRITE_FAILED: ${name} ${JSON.stringify(result.error[0]).slice(0, 300)}`);
        documents += result.success.length;
      }
    }
    for (const doc of [...localDocumentsToRestore(plan.local, deviceId), ...extraLocal]) await db.upsertLocal(doc.id, doc.data);
  } finally {
    await db.close();
  }
  const files = await LocalFileStore.open({ dataKey: location.dataKey, name: location.names.files, indexedDb: location.indexedDb });
  try {
    for (const file of plan.files) {
      const stored = await files.put(file.bytes);
      if (stored.sha256 !== file.sha256) throw new Error(`BACKUP_RESTORE_WRITE_FAILED: 附件 ${file.sha256}`);
    }
    await files.restoreRows(plan.filesManifest);
  } finally {
    files.close();
  }
  return { documents, files: plan.files.length, deviceId };
}
