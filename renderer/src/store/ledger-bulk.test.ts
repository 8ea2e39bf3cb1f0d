import { afterEach, describe, expect, it } from 'vitest';
import type { AppStore } from './contract';
import { BULK_CHUNK } from './ledger-bulk';
import { actor, caseReviewDraft, enforcementDraft, expectSaved, fakeRules, mediationDraft, openTestStore } from './test-support';

let store: AppStore | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

describe('createMany', () => {
  it('saves the valid drafts, reports the refused ones by index, and numbers the saved ones as a block', async () => {
    store = await openTestStore({
      rules: fakeRules((kind, draft) =>
        (draft as ReturnType<typeof mediationDraft>).summary === ''
          ? [{ code: 'MEDIATION_SUMMARY_MISSING', message: '请填写纠纷简要情况', severity: 'error' }]
          : []),
    });
    expectSaved(await store.ledger.create('mediationCase', mediationDraft(), actor));
    const drafts = [
      mediationDraft({ receivedOn: '2026-02-01' }),
      mediationDraft({ summary: '' }),
      mediationDraft({ receivedOn: '2026-02-03' }),
      mediationDraft({ receivedOn: '2025-11-30' }),
    ];
    const result = await store.ledger.createMany('mediationCase', drafts, actor);
    expect(result.saved).toBe(3);
    expect(result.rejected).toEqual([{ index: 1, issues: [expect.objectContaining({ code: 'MEDIATION_SUMMARY_MISSING' })] }]);

    const page = await store.ledger.list('mediationCase', { pageSize: 10 });
    expect(page.rows.map((row) => [row.receivedOn, row.caseNumber])).toEqual([
      ['2026-05-10', '〔2026〕绥滨调字第1号'],
      ['2026-02-03', '〔2026〕绥滨调字第3号'],
      ['2026-02-01', '〔2026〕绥滨调字第2号'],
      ['2025-11-30', '〔2025〕绥滨调字第1号'],
    ]);
    for (const row of page.rows) {
      expect((await store.ledger.history(row.id)).map((entry) => entry.action)).toEqual(['create']);
    }
  });

  it('writes more drafts than one chunk holds', async () => {
    store = await openTestStore();
    const count = BULK_CHUNK + 7;
    const drafts = Array.from({ length: count }, (_, i) => enforcementDraft({ stages: { filedOn: `2026-0${1 + (i % 9)}-1${i % 10}` } }));
    const result = await store.ledger.createMany('enforcementCase', drafts, actor);
    expect(result).toEqual({ saved: count, rejected: [] });
    expect(await store.ledger.count('enforcementCase', {})).toBe(count);
    const firstSeqs = await store.ledger.list('enforcementCase', { pageSize: 1000 });
    expect(new Set(firstSeqs.rows.map((row) => row.caseSeq)).size).toBe(count);
    expect(Math.max(...firstSeqs.rows.map((row) => row.caseSeq))).toBe(count);
  });

  it('rejects a draft the schema refuses without losing the others, and case reviews of unknown cases', async () => {
    store = await openTestStore();
    const enforcement = expectSaved(await store.ledger.create('enforcementCase', enforcementDraft(), actor)).record;
    const result = await store.ledger.createMany('caseReview', [
      caseReviewDraft({ enforcementCaseId: enforcement.id }),
      caseReviewDraft({ enforcementCaseId: 'missing' }),
      caseReviewDraft({ enforcementCaseId: enforcement.id, findings: '长'.repeat(6000) }),
    ], actor);
    expect(result.saved).toBe(1);
    expect(result.rejected.map((r) => [r.index, r.issues[0]?.code])).toEqual([[1, 'REVIEW_CASE_UNKNOWN'], [2, 'RECORD_SCHEMA_INVALID']]);
  });
});
