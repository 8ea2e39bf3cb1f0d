import { afterEach, describe, expect, it } from 'vitest';
import type { SheetRows } from '#shared/domain/ledger-import/plan';
import { autoMapping } from '#shared/domain/ledger-import/plan';
import type { AppStore } from '../store/contract';
import { actor, openTestStore, testReference } from '../store/test-support';
import { commitImport, dryRunImport, ledgerImportOf } from './ledger-import';

let store: AppStore | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

const neighbour = {
  id: 'disputeType:neighbour', kind: 'disputeType' as const, code: 'neighbour', name: '邻里纠纷', sortOrder: 0, active: true,
  details: {}, updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: { person: '系统', deviceId: 'defaults' },
};
const headers = ['受理日期', '纠纷类型', '申请人', '被申请人', '纠纷简要情况', '调解员'];
const sheet: SheetRows = {
  headers,
  rows: [
    { rowNumber: 2, cells: ['2026-05-02', '邻里纠纷', '马春兰', '孙建国', '排水沟堵塞', '孙立平'] },
    { rowNumber: 3, cells: ['2026-05-03', '不存在的纠纷', '高志刚', '刘芳', '院墙越界', '孙立平'] },
    { rowNumber: 4, cells: ['2026-05-04', '邻里纠纷', '周玉梅', '吴国庆', '占道', '孙立平'] },
  ],
};
const mapping = autoMapping(ledgerImportOf('mediationCase').fields, headers);
const listed = async (open: AppStore) => (await open.ledger.list('mediationCase', { pageSize: 50 })).rows.map((row) => row.parties[0]?.name);

describe('import into the store', () => {
  it('[IMPORT_ALL_OR_NOTHING] a file with bad rows writes nothing unless only the good rows are asked for; the same file again adds nothing', async () => {
    store = await openTestStore({ referenceDefaults: [...testReference, neighbour] });
    const plan = await dryRunImport(store, 'mediationCase', sheet, mapping);
    expect(plan.bad.map((row) => row.rowNumber)).toEqual([3]);
    expect(plan.good.map((row) => row.rowNumber)).toEqual([2, 4]);
    expect(plan.good[0]?.draft.committee).toBe('绥滨镇人民调解委员会');

    await expect(commitImport(store, 'mediationCase', plan, false, actor)).rejects.toThrow('IMPORT_HAS_BAD_ROWS');
    expect(await listed(store)).toEqual([]);

    expect((await commitImport(store, 'mediationCase', plan, true, actor)).saved).toBe(2);
    expect(await listed(store)).toEqual(['周玉梅', '马春兰']);

    const again = await dryRunImport(store, 'mediationCase', sheet, mapping);
    expect(again.good).toEqual([]);
    expect(again.duplicates.map((row) => row.rowNumber)).toEqual([2, 4]);
    expect((await commitImport(store, 'mediationCase', again, true, actor)).saved).toBe(0);
    expect(await listed(store)).toHaveLength(2);
  });

  it('[IMPORT_STOPPED] stopping an import leaves whole records only, and the same file again adds just the rest', async () => {
    store = await openTestStore({ referenceDefaults: [...testReference, neighbour] });
    const open = store;
    const stopBeforeChecking = new AbortController();
    stopBeforeChecking.abort();
    await expect(dryRunImport(open, 'mediationCase', sheet, mapping, { signal: stopBeforeChecking.signal })).rejects.toThrow();

    const plan = await dryRunImport(open, 'mediationCase', sheet, mapping);
    const stop = new AbortController();
    const seen: string[] = [];
    const result = await commitImport(open, 'mediationCase', plan, true, actor, {
      batchSize: 1, signal: stop.signal,
      onProgress: (progress) => {
        seen.push(`${String(progress.done)}/${String(progress.total)}`);
        if (progress.done > 0) stop.abort();
      },
    });
    expect(result).toMatchObject({ saved: 1, stopped: true });
    expect(seen).toEqual(['0/2', '1/2']);
    expect(await listed(open)).toEqual(['马春兰']);

    const rest = await dryRunImport(open, 'mediationCase', sheet, mapping);
    expect(rest.duplicates.map((row) => row.rowNumber)).toEqual([2]);
    expect(rest.good.map((row) => row.rowNumber)).toEqual([4]);
    expect(await commitImport(open, 'mediationCase', rest, true, actor)).toMatchObject({ saved: 1, stopped: false });
    expect(await listed(open)).toEqual(['周玉梅', '马春兰']);
  });
});
