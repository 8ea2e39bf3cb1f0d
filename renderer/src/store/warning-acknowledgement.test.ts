// Issue 7 item 3: 确认知悉 of a warning, with its reason kept in 修改记录 — checked in the store, not only the dialog.
import { afterEach, expect, it } from 'vitest';
import { acknowledgementsOf } from '#shared/domain/rules/acknowledgement';
import type { DomainIssue } from '#shared/domain/issue';
import type { AppStore } from './contract';
import { actor, expectSaved, fakeRules, mediationDraft, openTestStore } from './test-support';

let store: AppStore | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

/** A warning while no closing note is written, an error while the summary says 违法. */
const rules = fakeRules((_kind, draft) => {
  const record = draft as { closingNote?: string; summary?: string };
  const issues: DomainIssue[] = [];
  if (!record.closingNote) issues.push({ code: 'TEST_NOTE', message: '建议写明结案说明', field: 'closingNote', severity: 'warning' });
  if (record.summary === '违法') issues.push({ code: 'TEST_WRONG', message: '不可保存', severity: 'error' });
  return issues;
});

const codes = (result: { ok: boolean; issues?: DomainIssue[] }) => (result.ok ? [] : (result.issues ?? []).map((issue) => issue.code));

it('[ACK_REASON_MISSING] a warning the record has is acknowledged only with a reason, kept in history with who and why', async () => {
  store = await openTestStore({ rules });
  const { record } = expectSaved(await store.ledger.create('mediationCase', mediationDraft({ closingNote: undefined }), actor));
  const warning = { code: 'TEST_NOTE', field: 'closingNote' };

  expect(codes(await store.ledger.acknowledge('mediationCase', record.id, warning, '   ', actor))).toEqual(['ACK_REASON_MISSING']);
  expect(await store.ledger.acknowledge('mediationCase', record.id, warning, '当事人拒绝签字，已另行记录', actor)).toEqual({ ok: true });

  const history = await store.ledger.history(record.id);
  const kept = acknowledgementsOf(history).get('TEST_NOTE.closingNote');
  expect(kept).toMatchObject({ code: 'TEST_NOTE', reason: '当事人拒绝签字，已另行记录', person: actor.person, message: '建议写明结案说明' });
  // The record itself is not touched.
  expect((await store.ledger.get('mediationCase', record.id))?.updatedAt).toBe(record.updatedAt);
});

it('[ACK_NOT_A_WARNING] an error, or a warning the record no longer has, cannot be acknowledged', async () => {
  store = await openTestStore({ rules });
  const { record } = expectSaved(await store.ledger.create('mediationCase', mediationDraft({ closingNote: '已说明' }), actor));
  expect(codes(await store.ledger.acknowledge('mediationCase', record.id, { code: 'TEST_NOTE', field: 'closingNote' }, '理由', actor))).toEqual(['ACK_NOT_A_WARNING']);
  expect(codes(await store.ledger.acknowledge('mediationCase', 'missing', { code: 'TEST_NOTE' }, '理由', actor))).toEqual(['RECORD_NOT_FOUND']);
  expect((await store.ledger.history(record.id)).map((entry) => entry.action)).toEqual(['create']);
});

it('[SETTINGS_OPERATOR_MISSING] nobody named in 设置 cannot acknowledge', async () => {
  store = await openTestStore({ rules });
  const { record } = expectSaved(await store.ledger.create('mediationCase', mediationDraft({ closingNote: undefined }), actor));
  expect(codes(await store.ledger.acknowledge('mediationCase', record.id, { code: 'TEST_NOTE', field: 'closingNote' }, '理由', { ...actor, person: ' ' }))).toEqual(['SETTINGS_OPERATOR_MISSING']);
});
