// Checks the store's save guarantee (decision 029, docs/spec/store.md L1–L4) over
// everything stored: every record has the 修改记录 entry of its last save and exactly the search
// words it should have, and no history entry or search word belongs to a record that does not
// exist. Used by the tests and the fault page (renderer/src/dev/save-faults-main.ts).
import { ledgerKinds, type LedgerKind, type LedgerRecordByKind, type RecordHistory, type SearchToken } from '#shared/domain/schemas/index';
import type { TaizhangDatabase } from './database';
import { tokenDocsOf } from './search-token-writes';

export interface SaveAudit {
  records: number;
  history: number;
  tokens: number;
  /** One line per broken guarantee; empty when all hold. */
  problems: string[];
}

const sameToken = (a: SearchToken, b: SearchToken) =>
  a.kind === b.kind && a.token === b.token && a.trashed === b.trashed && a.newestFirstKey === b.newestFirstKey;

function auditRecord(kind: LedgerKind, record: LedgerRecordByKind[LedgerKind], history: RecordHistory[], tokens: SearchToken[], problems: string[]): void {
  const label = `${kind} ${record.id}`;
  if (!history.some((entry) => entry.action === 'create')) problems.push(`${label}: 缺少新建的修改记录`);
  if (!history.some((entry) => entry.at === record.updatedAt)) problems.push(`${label}: 缺少最后一次保存（${record.updatedAt}）的修改记录`);
  const wanted = new Map(tokenDocsOf(kind, record).map((doc) => [doc.id, doc]));
  const stored = new Map(tokens.map((doc) => [doc.id, doc]));
  for (const [id, doc] of wanted) {
    const found = stored.get(id);
    if (!found) problems.push(`${label}: 缺少搜索词 ${doc.token}`);
    else if (!sameToken(found, doc)) problems.push(`${label}: 搜索词 ${doc.token} 与记录不一致`);
  }
  for (const id of stored.keys()) if (!wanted.has(id)) problems.push(`${label}: 多余的搜索词 ${id}`);
}

const groupBy = <T>(rows: T[], key: (row: T) => string) => {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
};

export async function auditSaves(db: TaizhangDatabase): Promise<SaveAudit> {
  const history = (await db.recordHistory.find().exec()).map((doc) => doc.toMutableJSON());
  const tokens = (await db.searchToken.find().exec()).map((doc) => doc.toMutableJSON());
  const historyOf = groupBy(history, (entry) => entry.recordId);
  const tokensOf = groupBy(tokens, (doc) => doc.recordId);
  const problems: string[] = [];
  const recordIds = new Set<string>();
  for (const kind of ledgerKinds) {
    for (const doc of await db[kind].find().exec()) {
      const record = doc.toMutableJSON();
      recordIds.add(record.id);
      auditRecord(kind, record, historyOf.get(record.id) ?? [], tokensOf.get(record.id) ?? [], problems);
    }
  }
  for (const [recordId, entries] of historyOf) {
    if (!recordIds.has(recordId)) problems.push(`修改记录 ${entries.map((entry) => entry.id).join('、')} 的记录 ${recordId} 不存在`);
  }
  for (const recordId of tokensOf.keys()) {
    if (!recordIds.has(recordId)) problems.push(`搜索词属于不存在的记录 ${recordId}`);
  }
  return { records: recordIds.size, history: history.length, tokens: tokens.length, problems };
}
