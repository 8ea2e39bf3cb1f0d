// What sync keeps in the database's local documents (never replicated): the non-secret enrollment
// and the time of the last full sync. The token is the bridge's (secrets), never stored here.
import type { TaizhangDatabase } from '../store/database';
import type { SyncEnrollment } from './contract';

const ENROLLMENT_ID = 'syncEnrollment';
const PROGRESS_ID = 'syncProgress';

export interface SyncProgress {
  lastSyncedAt?: string;
}

async function read<T>(db: TaizhangDatabase, id: string): Promise<T | null> {
  const doc = await db.getLocal<T & Record<string, unknown>>(id);
  return doc ? ({ ...(doc.toJSON().data as T) }) : null;
}

export const readEnrollment = (db: TaizhangDatabase) => read<SyncEnrollment>(db, ENROLLMENT_ID);

export async function writeEnrollment(db: TaizhangDatabase, enrollment: SyncEnrollment | null): Promise<void> {
  if (enrollment) {
    await db.upsertLocal(ENROLLMENT_ID, { ...enrollment });
    return;
  }
  const doc = await db.getLocal(ENROLLMENT_ID);
  await doc?.remove();
}

export const readProgress = async (db: TaizhangDatabase): Promise<SyncProgress> => (await read<SyncProgress>(db, PROGRESS_ID)) ?? {};

export async function writeProgress(db: TaizhangDatabase, progress: SyncProgress | null): Promise<void> {
  if (progress) {
    await db.upsertLocal(PROGRESS_ID, { ...progress });
    return;
  }
  const doc = await db.getLocal(PROGRESS_ID);
  await doc?.remove();
}
