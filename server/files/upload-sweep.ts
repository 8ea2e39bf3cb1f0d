// A partial upload that is never finished (the PC was reinstalled, the attachment removed before it
// went up) would keep its parts in the database for ever. The server drops uploads untouched for
// ABANDONED_UPLOAD_DAYS, at start and every few hours; a device that does come back afterwards is
// told by HEAD to start that file again from zero, so only time is lost (docs/decisions/009).
import type { Database } from '../db/database';

export const ABANDONED_UPLOAD_DAYS = 30;
const SWEEP_EVERY_MS = 6 * 60 * 60_000;

/** Removes partial uploads last written before `before` (by default ABANDONED_UPLOAD_DAYS ago); returns how many. */
export async function sweepAbandonedUploads(db: Database, before = new Date(Date.now() - ABANDONED_UPLOAD_DAYS * 86_400_000)): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.query(`SELECT set_config('app.role', 'maintenance', true)`);
    const result = await tx.query('DELETE FROM file_uploads WHERE updated_at < $1', [before.toISOString()]);
    return result.rowCount;
  });
}

/** Sweeps now and then every few hours; the returned stop waits for a sweep under way. Failures go to `onError`. */
export function startUploadSweeps(db: Database, onError: (error: unknown) => void): () => Promise<void> {
  let running: Promise<void> = Promise.resolve();
  const sweep = () => {
    running = sweepAbandonedUploads(db).then(() => undefined, onError);
  };
  sweep();
  const timer = setInterval(sweep, SWEEP_EVERY_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
