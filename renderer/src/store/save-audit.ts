// Checks the store's save guarantee (decision 029, docs/spec/store.md L1–L4) over
// everything stored: every record has the 修改记录 entry of its last save and exactly the search
// words it should have, and no history entry or search word belongs to a record that does not
// exist. Used by the tests and the fault page (renderer/src/dev/save-faults-main.ts).
import { ledgerKinds, type LedgerKind, type LedgerRecordByKind, type RecordHistory } from '#shared/domain/schemas/index';
import type { TaizhangDatabase } from './database';
import { wordsRowOf } from './search-token-writes';
import { searchWordsOf, tokenOfKey, type SearchWordsRow } from './search-words';

export interface SaveAudit {
  records: number;
  history: number;
  tokens: number;
  /** One line per broken guarantee; empty when all hold. */
  problems: string[];
}

function auditRecord(kind: LedgerKind, record: LedgerRecordByKind[LedgerKind], history: RecordHistory[], words: SearchWordsRow | undefined, problems: string[]): void {
  const label = `${kind} ${record.id}`;
  if (!history.some((entry) => entry.action === 'create')) problems.push(`${label}: 缺少新建的修改记录`);
  if (!history.some((entry) => entry.at === record.updatedAt)) problems.push(`${label}: 缺少最后一次保存（${record.updatedAt}）的修改记录`);
  const wanted = wordsRowOf(kind, record);
  if (!words) {
    if (wanted.keys.length > 0) problems.push(`${label}: 缺少搜索词 ${wanted.keys.map(tokenOfKey).join('、')}`);
    return;
  }
  const stored = new Set(words.keys);
  for (const key of wanted.keys) if (!stored.has(key)) problems.push(`${label}: 缺少搜索词 ${tokenOfKey(key)}`);
  const wantedKeys = new Set(wanted.keys);
  for (const key of words.keys) if (!wantedKeys.has(key)) problems.push(`${label}: 多余的搜索词 ${tokenOfKey(key)}`);
  if (words.kind !== wanted.kind || words.trashed !== wanted.trashed || words.newestFirstKey !== wanted.newestFirstKey) {
    problems.push(`${label}: 搜索词的类别、回收站状态或排序键与记录不一致`);
  }
}

const groupBy = <T>(rows: T[], key: (row: T) => string) => {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
};

export async function auditSaves(db: TaizhangDatabase): Promise<SaveAudit> {
  const history = (await db.recordHistory.find().exec()).map((doc) => doc.toMutableJSON());
  const words = await searchWordsOf(db).all();
  const historyOf = groupBy(history, (entry) => entry.recordId);
  const wordsOf = new Map(words.map((row) => [row.id, row]));
  const problems: string[] = [];
  const recordIds = new Set<string>();
  for (const kind of ledgerKinds) {
    for (const doc of await db[kind].find().exec()) {
      const record = doc.toMutableJSON();
      recordIds.add(record.id);
      auditRecord(kind, record, historyOf.get(record.id) ?? [], wordsOf.get(record.id), problems);
    }
  }
  for (const [recordId, entries] of historyOf) {
    if (!recordIds.has(recordId)) problems.push(`修改记录 ${entries.map((entry) => entry.id).join('、')} 的记录 ${recordId} 不存在`);
  }
  for (const recordId of wordsOf.keys()) {
    if (!recordIds.has(recordId)) problems.push(`搜索词属于不存在的记录 ${recordId}`);
  }
  return { records: recordIds.size, history: history.length, tokens: words.reduce((sum, row) => sum + row.keys.length, 0), problems };
}
