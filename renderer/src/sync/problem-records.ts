// [C11] 有问题的记录: of the records set aside from the push, those whose local version still holds
// text the server cannot store, named for an official with what to do. A record fixed since (or
// replaced by a newer version from the server) is no longer one, whatever the list still keeps.
import type { RxCollection, RxDocument } from 'rxdb';
import { recordNounOf } from '#shared/domain/kinds/index';
import type { LedgerKind } from '#shared/domain/schemas/index';
import { isUnstorableState, type SetAsideRecord } from '#shared/sync/set-aside';
import { recordTitle } from './conflict-store';
import type { ProblemRecord } from './contract';

const fieldsText = (paths: readonly string[]): string => {
  const named = paths.map((path) => (path === '' ? '编号' : path)).slice(0, 3);
  return `（${named.join('、')}${paths.length > named.length ? ' 等' : ''}）`;
};

export async function problemRecordsOf(
  kind: LedgerKind,
  collection: RxCollection,
  setAside: ReadonlyMap<string, SetAsideRecord>,
): Promise<ProblemRecord[]> {
  if (setAside.size === 0) return [];
  const docs: Map<string, RxDocument<Record<string, unknown>>> = await (collection as RxCollection<Record<string, unknown>>).findByIds([...setAside.keys()]).exec();
  const found: ProblemRecord[] = [];
  for (const [id, record] of setAside) {
    const doc = docs.get(id);
    if (!doc) continue;
    const data = doc.toJSON() as Record<string, unknown>;
    if (!isUnstorableState(data)) continue;
    found.push({
      kind,
      recordId: id,
      title: recordTitle(data),
      message: `${recordNounOf(kind)}含有无法保存的不可见字符${fieldsText(record.paths)}，多为从其他程序粘贴带入，县服务器无法保存，这条记录暂不同步（其他记录照常同步）。请打开这条记录，删除这段文字后重新输入并保存。`,
    });
  }
  return found;
}
