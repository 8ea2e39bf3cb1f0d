// 基础数据 (townships, law catalogue, dispute types, power list, targets, calendar): read by
// every device, changed only by the county. The defaults are written on the first open.
import type { ReferenceData } from '#shared/domain/schemas/index';
import type { ReferenceKind } from '#shared/domain/schemas/reference-data';
import type { ReferenceStore, SettingsStore } from './contract';
import type { TaizhangDatabase } from './database';

export function createReferenceStore(db: TaizhangDatabase, settings: SettingsStore): ReferenceStore {
  return {
    async list(kind: ReferenceKind) {
      // Index [kind, sortOrder, id]: the sort is the index order.
      const docs = await db.referenceData.find({ selector: { kind }, sort: [{ sortOrder: 'asc' }, { id: 'asc' }] }).exec();
      return docs.map((doc) => doc.toMutableJSON());
    },
    async get(id: string) {
      const doc = await db.referenceData.findOne(id).exec();
      return doc ? (doc.toMutableJSON()) : null;
    },
    async upsert(entries: ReferenceData[]) {
      const { role } = await settings.get();
      if (role !== 'county') throw new Error('REFERENCE_COUNTY_ONLY: 基础数据由县司法局维护，乡镇不能修改');
      const result = await db.referenceData.bulkUpsert(entries);
      if (result.error.length > 0) {
        throw new Error(`REFERENCE_WRITE_FAILED: ${result.error.length} 条基础数据不符合格式要求，没有保存`);
      }
    },
    watch(listener: () => void) {
      // One call per write: a pulled batch and a bulkUpsert are each one event bulk.
      const subscription = db.referenceData.eventBulks$.subscribe(() => listener());
      return () => subscription.unsubscribe();
    },
  };
}

/** First open: an empty referenceData collection gets the defaults (bundled with the app). */
export async function seedReferenceDefaults(db: TaizhangDatabase, defaults: readonly ReferenceData[]): Promise<void> {
  if (defaults.length === 0) return;
  const existing = await db.referenceData.count().exec();
  if (existing > 0) return;
  const result = await db.referenceData.bulkInsert([...defaults]);
  // Another tab may have seeded at the same moment: a 409 on an id is the same default, not an error.
  const failed = result.error.filter((error) => error.status !== 409);
  if (failed.length > 0) throw new Error(`REFERENCE_DEFAULTS_INVALID: ${failed.length} 条默认基础数据不符合格式要求`);
}
