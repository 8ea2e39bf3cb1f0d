// Backup → restore into a fresh profile with another data key: every document, local setting and
// attachment comes back identical (compared by hash), personal fields readable under the new key,
// and the profile is a new device (no enrollment, no case-number blocks, new device id).
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { BackupRefusal, openBackup, sealBackup } from '#shared/backup/container';
import { ledgerKinds } from '#shared/domain/schemas/index';
import { sha256Hex } from '../files/file-crypto';
import { LocalFileStore } from '../files/local-file-store';
import { writeEnrollment } from '../sync/local-state';
import { actor, DATA_KEY, expectSaved, freshName, mediationDraft, openTestStore, studyDraft } from '../store/test-support';
import type { OpenedStore } from '../store/open-store';
import { allLocalDocuments, backedUpCollections, snapshotProfile } from './profile-snapshot';
import { applyRestore, planRestore } from './profile-restore';

const OTHER_KEY = 'b3RoZXItZGF0YS1rZXktMzItYnl0ZXMtbG9uZy1lbm91Z2g=';
const idb = { indexedDB, IDBKeyRange };
const encoder = new TextEncoder();
const sha = (value: unknown) => sha256Hex(encoder.encode(JSON.stringify(value)));

/** Every document of every backed-up collection, by collection, each with its hash. */
async function fingerprint(store: OpenedStore): Promise<Record<string, Record<string, string>>> {
  const out: Record<string, Record<string, string>> = {};
  for (const name of backedUpCollections) {
    const docs = await store.database[name].find().exec();
    out[name] = Object.fromEntries(await Promise.all(docs.map(async (doc) => [doc.primary, await sha(doc.toJSON())] as const)));
  }
  return out;
}

async function madeProfile() {
  const names = { store: freshName('src'), files: freshName('srcfiles') };
  const store = await openTestStore({ name: names.store, indexedDb: idb });
  const files = await LocalFileStore.open({ dataKey: DATA_KEY, name: names.files, indexedDb: idb });
  const scan = new Uint8Array(300_000).map((_, i) => (i * 7919) % 251);
  const { sha256 } = await files.put(scan);
  await files.queueUpload(sha256);
  const saved = expectSaved(await store.ledger.create('mediationCase', mediationDraft(), actor));
  await store.ledger.update('mediationCase', saved.record.id, { ...mediationDraft(), summary: '相邻通行纠纷（已补充）' }, actor);
  expectSaved(await store.ledger.create('studySession', studyDraft(), actor));
  await writeEnrollment(store.database, { serverUrl: 'https://county.example', deviceId: 'dev-1', deviceName: '绥滨1号', role: 'township', townshipId: 'suibin', enrolledAt: '2026-06-01T00:00:00Z' });
  await store.database.upsertLocal('caseNumberPool:suibin:mediationCase:2026', { blocks: [{ first: 11, last: 20 }] });
  return { names, store, files, scan, sha256, caseId: saved.record.id };
}

describe('profile backup and restore', () => {
  it('brings every record, history entry, setting and attachment back identical under a new data key', async () => {
    const source = await madeProfile();
    const before = await fingerprint(source.store);
    const settingsBefore = await source.store.settings.get();
    const file = await sealBackup(await snapshotProfile(source.store.database, source.files), { password: '备份密码12345', appVersion: '0.1.0', createdAt: new Date(), iterations: 1000 });
    await source.store.close();
    source.files.close();

    const target = { names: { store: freshName('dst'), files: freshName('dstfiles') }, indexedDb: idb, dataKey: OTHER_KEY };
    const plan = await planRestore((await openBackup(file, '备份密码12345', '0.1.0')).entries);
    const report = await applyRestore(plan, target);
    expect(report.files).toBe(1);

    const restored = await openTestStore({ name: target.names.store, indexedDb: idb, dataKey: OTHER_KEY, township: null });
    try {
      expect(await fingerprint(restored)).toEqual(before);
      expect(Object.keys(before.mediationCase ?? {})).toHaveLength(1);
      expect(Object.keys(before.recordHistory ?? {}).length).toBeGreaterThanOrEqual(3);
      const record = await restored.ledger.get('mediationCase', source.caseId);
      expect(record?.personal.parties[0]?.idNumber).toBe('23042219800101001X');
      expect(record?.summary).toBe('相邻通行纠纷（已补充）');
      // Found by its words once the index is rebuilt from the records.
      await restored.searchIndex.settled;
      expect(restored.searchIndex.ready).toBe(true);
      const found = await restored.ledger.list('mediationCase', { search: '张三', pageSize: 10 });
      expect(found.rows.map((row) => row.id)).toEqual([source.caseId]);

      const settings = await restored.settings.get();
      expect(settings).toMatchObject({ townshipId: settingsBefore.townshipId, operatorName: settingsBefore.operatorName });
      expect(settings.deviceId).not.toBe(settingsBefore.deviceId);
      const local = (await allLocalDocuments(restored.database)).map((doc) => doc.id);
      expect(local).not.toContain('syncEnrollment');
      expect(local.filter((id) => id.startsWith('caseNumberPool:'))).toEqual([]);
      expect(local.some((id) => id.startsWith('caseCounter:'))).toBe(true);
    } finally {
      await restored.close();
    }

    const files = await LocalFileStore.open({ dataKey: OTHER_KEY, name: target.names.files, indexedDb: idb });
    try {
      expect(await sha256Hex(await files.read(source.sha256))).toBe(await sha256Hex(source.scan));
      expect(await files.pendingUploads()).toEqual([{ sha256: source.sha256 }]);
    } finally {
      files.close();
    }
  });

  it('refuses a backup whose attachment bytes do not match their name, before touching anything', async () => {
    const source = await madeProfile();
    const entries = await snapshotProfile(source.store.database, source.files);
    await source.store.close();
    source.files.close();
    const name = Object.keys(entries).find((path) => path.startsWith('files/')) as string;
    const bytes = entries[name] as Uint8Array;
    bytes[0] = (bytes[0] as number) ^ 1;
    await expect(planRestore(entries)).rejects.toBeInstanceOf(BackupRefusal);
    const { 'manifest.json': _manifest, ...withoutManifest } = entries;
    await expect(planRestore(withoutManifest)).rejects.toMatchObject({ code: 'BACKUP_TAMPERED' });
    expect(ledgerKinds.every((kind) => backedUpCollections.includes(kind))).toBe(true);
  });
});
