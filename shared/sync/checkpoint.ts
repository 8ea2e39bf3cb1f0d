// The pull checkpoint: the server's ordering number of the last document a device received.
// It lives beside documents, never inside them (rxdb-17 note, trap 2).

/**
 * `seq` orders every write of a collection in commit order (docs/decisions/005). The app keeps
 * it opaque; RxDB merges successive checkpoints with Object.assign, which a single field survives.
 */
export interface SyncCheckpoint {
  seq: number;
}

export const initialCheckpoint: SyncCheckpoint = { seq: 0 };

/** The query-string form of a checkpoint (`?checkpoint=123`); no personal data travels in URLs. */
export const checkpointParam = (checkpoint: SyncCheckpoint | undefined): string => String(checkpoint?.seq ?? 0);

/** Reads `?checkpoint=`; undefined when it is not a non-negative safe integer. */
export function parseCheckpointParam(value: string | undefined): SyncCheckpoint | undefined {
  if (value === undefined || value === '') return initialCheckpoint;
  if (!/^\d{1,16}$/.test(value)) return undefined;
  const seq = Number(value);
  return Number.isSafeInteger(seq) ? { seq } : undefined;
}
