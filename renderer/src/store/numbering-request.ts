// What a new numbered case asks the numbering for (series and count), or why it cannot be numbered.
// Pure, so the in-memory test store numbers from the same township short name and year as the real one.
import { townshipShortNameOf } from '#shared/domain/case-number';
import type { Draft } from '#shared/domain/draft';
import { listDateOf, type ListDateSource } from '#shared/domain/by-kind/list-date';
import type { DomainIssue } from '#shared/domain/issue';
import type { LedgerKind } from '#shared/domain/schemas/index';
import type { CaseNumberRequest } from './case-number-source';
import type { ReferenceStore } from './contract';
import type { NumberedKind } from './rules';

/** The year a case is numbered in: its list date's (收案 / 立案). */
export const listYear = <K extends LedgerKind>(kind: K, draft: Draft<K>): number =>
  Number(listDateOf(kind, draft as unknown as ListDateSource[K]).slice(0, 4));

/** The township's short name in 案号; undefined when the township is not in the reference data. */
export async function townshipShortName(reference: ReferenceStore, townshipId: string): Promise<string | undefined> {
  const township = await reference.get(`township:${townshipId}`);
  return township ? townshipShortNameOf(township) : undefined;
}

export async function numberingRequest(
  reference: ReferenceStore, kind: NumberedKind, townshipId: string, year: number, count: number,
): Promise<CaseNumberRequest | DomainIssue> {
  const shortName = await townshipShortName(reference, townshipId);
  if (!shortName) {
    return { code: 'SETTINGS_TOWNSHIP_UNKNOWN', message: `本机设置的乡镇（${townshipId}）不在基础数据中，请在“设置”中重新选择`, severity: 'error' };
  }
  return { kind, townshipId, townshipShortName: shortName, year, count };
}
