// Saves many generated drafts through the store's own bulk path (ledger.createMany), one chunk
// at a time so memory stays flat and progress can be shown. Any rejected draft stops the run:
// sample data that the rules refuse is a bug in the generator, not something to skip.
import type { Draft } from '#shared/domain/draft';
import type { LedgerKind, LedgerRecordByKind } from '#shared/domain/schemas/index';
import type { Actor, AppStore } from '../store/contract';

export interface ChunkProgress {
  kind: LedgerKind;
  saved: number;
  total: number;
  /** Milliseconds since this kind started. */
  elapsedMs: number;
}

export async function insertInChunks<K extends LedgerKind>(
  store: AppStore,
  kind: K,
  range: { start: number; count: number },
  chunkSize: number,
  makeDrafts: (start: number, count: number) => Draft<K>[],
  actor: Actor,
  onProgress: (progress: ChunkProgress) => void,
): Promise<void> {
  const started = performance.now();
  let saved = 0;
  while (saved < range.count) {
    const count = Math.min(chunkSize, range.count - saved);
    const drafts = makeDrafts(range.start + saved, count);
    const result = await store.ledger.createMany(kind, drafts, actor);
    const first = result.rejected[0];
    if (first) {
      const issues = first.issues.map((issue) => `${issue.code}${issue.field ? `@${issue.field}` : ''}: ${issue.message}`).join('; ');
      throw new Error(`SEED_DRAFT_REJECTED: 第${String(range.start + saved + first.index)}条${kind}样例记录被拒绝（共${String(result.rejected.length)}条）：${issues}`);
    }
    saved += result.saved;
    onProgress({ kind, saved, total: range.count, elapsedMs: performance.now() - started });
  }
}

/** Every live record of a kind, newest first, read page by page through ledger.list. */
export async function readAll<K extends LedgerKind>(store: AppStore, kind: K, onPage?: (rows: number) => void): Promise<LedgerRecordByKind[K][]> {
  const rows: LedgerRecordByKind[K][] = [];
  let after: string | undefined;
  do {
    const page = await store.ledger.list(kind, { pageSize: 1000, ...(after === undefined ? {} : { after }) });
    rows.push(...page.rows);
    onPage?.(rows.length);
    after = page.nextCursor;
  } while (after !== undefined);
  return rows;
}
