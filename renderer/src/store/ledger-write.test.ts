import { afterEach, describe, expect, it } from 'vitest';
import type { AppStore } from './contract';
import { PERSONAL_PLACEHOLDER } from './history-diff';
import {
  actor, caseReviewDraft, enforcementDraft, expectSaved, fakeRules, mediationDraft, officerDraft, openTestStore, studyDraft,
} from './test-support';

let store: AppStore | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

describe('create and get', () => {
  it('saves a mediation case with identity, audit fields and a case number, and reads it back', async () => {
    store = await openTestStore();
    const { record } = expectSaved(await store.ledger.create('mediationCase', mediationDraft(), actor));
    expect(record.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    expect(record).toMatchObject({
      townshipId: 'suibin', trashed: false, createdBy: actor, updatedBy: actor, createdAt: '2026-06-15T04:00:00.000Z',
      caseNumber: '〔2026〕绥滨调字第1号', caseYear: 2026, caseSeq: 1,
    });
    expect(record.searchText).toContain('zs');
    const read = await store.ledger.get('mediationCase', record.id);
    expect(read).toEqual(record);
    expect(read?.personal.parties[0]?.idNumber).toBe('23042219800101001X');
  });

  it('derives the enforcement stage and the review score on save', async () => {
    store = await openTestStore();
    const enforcement = expectSaved(await store.ledger.create('enforcementCase', enforcementDraft(), actor)).record;
    expect(enforcement.stage).toBe('investigated');
    expect(enforcement.caseNumber).toBe('绥滨综执〔2026〕1号');
    const review = expectSaved(await store.ledger.create('caseReview', caseReviewDraft({ enforcementCaseId: enforcement.id }), actor)).record;
    expect(review).toMatchObject({ totalScore: 88, grade: 'good', caseNumber: enforcement.caseNumber });
  });

  it('refuses a case review of an enforcement case this device does not have', async () => {
    store = await openTestStore();
    const result = await store.ledger.create('caseReview', caseReviewDraft({ enforcementCaseId: 'missing' }), actor);
    expect(result.ok ? [] : result.issues.map((issue) => issue.code)).toEqual(['REVIEW_CASE_UNKNOWN']);
  });

  it('ignores identity and derived fields smuggled in through the draft', async () => {
    store = await openTestStore();
    const forged = { ...studyDraft(), id: 'forged', townshipId: 'other', trashed: true, searchText: 'x' } as ReturnType<typeof studyDraft>;
    const { record } = expectSaved(await store.ledger.create('studySession', forged, actor));
    expect(record.id).not.toBe('forged');
    expect(record).toMatchObject({ townshipId: 'suibin', trashed: false });
  });
});

describe('validation comes first', () => {
  it('writes nothing — no record, no history, no case number — when the rules report an error', async () => {
    store = await openTestStore({
      rules: fakeRules((kind, draft) =>
        kind === 'mediationCase' && (draft as ReturnType<typeof mediationDraft>).summary === ''
          ? [{ code: 'MEDIATION_SUMMARY_MISSING', message: '请填写纠纷简要情况', field: 'summary', severity: 'error' }]
          : []),
    });
    const refused = await store.ledger.create('mediationCase', mediationDraft({ summary: '' }), actor);
    expect(refused).toEqual({ ok: false, issues: [expect.objectContaining({ code: 'MEDIATION_SUMMARY_MISSING' })] });
    const page = await store.ledger.list('mediationCase', { pageSize: 10 });
    expect(page.rows).toEqual([]);
    // The refused draft did not use up a number.
    const next = expectSaved(await store.ledger.create('mediationCase', mediationDraft(), actor)).record;
    expect(next.caseSeq).toBe(1);
  });

  it('saves with warnings and hands them back', async () => {
    store = await openTestStore({
      rules: fakeRules(() => [{ code: 'MEDIATION_OVERDUE', message: '已超过一个月', severity: 'warning' }]),
    });
    const result = expectSaved(await store.ledger.create('mediationCase', mediationDraft(), actor));
    expect(result.warnings?.map((issue) => issue.code)).toEqual(['MEDIATION_OVERDUE']);
  });

  it('refuses to write before the device has a township and an operator', async () => {
    store = await openTestStore({ township: null });
    const noTownship = await store.ledger.create('studySession', studyDraft(), actor);
    expect(noTownship.ok ? [] : noTownship.issues.map((issue) => issue.code)).toEqual(['SETTINGS_TOWNSHIP_MISSING']);
    await store.settings.save({ townshipId: 'suibin' });
    const noOperator = await store.ledger.create('studySession', studyDraft(), { person: ' ', deviceId: 'd' });
    expect(noOperator.ok ? [] : noOperator.issues.map((issue) => issue.code)).toEqual(['SETTINGS_OPERATOR_MISSING']);
  });

  it('turns a schema violation into an issue instead of throwing', async () => {
    store = await openTestStore();
    const result = await store.ledger.create('studySession', studyDraft({ topic: '长'.repeat(300) }), actor);
    expect(result.ok ? [] : result.issues.map((issue) => issue.code)).toEqual(['RECORD_SCHEMA_INVALID']);
  });
});

describe('case numbers', () => {
  it('are consecutive and unique, also for saves started at the same moment', async () => {
    store = await openTestStore();
    const open = store;
    const results = await Promise.all(Array.from({ length: 12 }, () => open.ledger.create('mediationCase', mediationDraft(), actor)));
    const seqs = results.map((result) => expectSaved(result).record.caseSeq).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(new Set(results.map((result) => expectSaved(result).record.caseNumber)).size).toBe(12);
  });

  it('count per kind and per year of the list date', async () => {
    store = await openTestStore();
    const first2025 = expectSaved(await store.ledger.create('mediationCase', mediationDraft({ receivedOn: '2025-12-30' }), actor)).record;
    const first2026 = expectSaved(await store.ledger.create('mediationCase', mediationDraft({ receivedOn: '2026-01-02' }), actor)).record;
    const enforcement = expectSaved(await store.ledger.create('enforcementCase', enforcementDraft(), actor)).record;
    expect([first2025.caseNumber, first2026.caseNumber, enforcement.caseNumber]).toEqual(['〔2025〕绥滨调字第1号', '〔2026〕绥滨调字第1号', '绥滨综执〔2026〕1号']);
  });
});

describe('update and history', () => {
  it('records a field-level diff, newest entry first', async () => {
    store = await openTestStore();
    const created = expectSaved(await store.ledger.create('mediationCase', mediationDraft(), actor)).record;
    const editor = { person: '李编辑', deviceId: 'device-test' };
    const draft = mediationDraft({ status: 'mediating', summary: '相邻通行纠纷（已调查）' });
    const updated = expectSaved(await store.ledger.update('mediationCase', created.id, draft, editor)).record;
    expect(updated).toMatchObject({ status: 'mediating', caseNumber: created.caseNumber, createdBy: actor, updatedBy: editor });

    const history = await store.ledger.history(created.id);
    expect(history.map((entry) => entry.action)).toEqual(['update', 'create']);
    expect(history[0]?.actor).toEqual(editor);
    expect(history[0]?.changes).toEqual(expect.arrayContaining([
      { field: 'status', before: 'accepted', after: 'mediating' },
      { field: 'summary', before: '相邻通行纠纷', after: '相邻通行纠纷（已调查）' },
    ]));
    expect(history[0]?.changes).toHaveLength(2);
  });

  it('names a change to personal data but never copies its values into history', async () => {
    store = await openTestStore();
    const created = expectSaved(await store.ledger.create('officer', officerDraft(), actor)).record;
    await store.ledger.update('officer', created.id, officerDraft({ personal: { idNumber: '230422198505050037', phone: '13099998888' } }), actor);
    const [entry] = await store.ledger.history(created.id);
    expect(entry?.changes).toEqual([{ field: 'personal.phone', before: PERSONAL_PLACEHOLDER, after: PERSONAL_PLACEHOLDER }]);
    expect(JSON.stringify(entry)).not.toContain('13099998888');
    expect(JSON.stringify(entry)).not.toContain('13700002222');
  });

  it('writes nothing when the draft is unchanged', async () => {
    store = await openTestStore();
    const created = expectSaved(await store.ledger.create('studySession', studyDraft(), actor)).record;
    const again = expectSaved(await store.ledger.update('studySession', created.id, studyDraft(), actor)).record;
    expect(again.updatedAt).toBe(created.updatedAt);
    expect(await store.ledger.history(created.id)).toHaveLength(1);
  });

  it('refuses an update of a record that does not exist', async () => {
    store = await openTestStore();
    const result = await store.ledger.update('studySession', 'nope', studyDraft(), actor);
    expect(result.ok ? [] : result.issues.map((issue) => issue.code)).toEqual(['RECORD_NOT_FOUND']);
  });
});

describe('trash and restore (回收站)', () => {
  it('moves a record to the recycle bin and back, each step in history', async () => {
    store = await openTestStore();
    const created = expectSaved(await store.ledger.create('studySession', studyDraft(), actor)).record;
    await store.ledger.trash('studySession', created.id, actor);
    expect((await store.ledger.list('studySession', { pageSize: 10 })).rows).toEqual([]);
    expect((await store.ledger.list('studySession', { pageSize: 10, trashed: true })).rows.map((row) => row.id)).toEqual([created.id]);
    expect((await store.ledger.get('studySession', created.id))?.trashed).toBe(true);

    await store.ledger.restore('studySession', created.id, actor);
    expect((await store.ledger.list('studySession', { pageSize: 10 })).rows.map((row) => row.id)).toEqual([created.id]);
    const history = await store.ledger.history(created.id);
    expect(history.map((entry) => entry.action)).toEqual(['restore', 'delete', 'create']);
    expect(history[1]?.changes).toEqual([{ field: 'trashed', before: 'false', after: 'true' }]);
  });
});
