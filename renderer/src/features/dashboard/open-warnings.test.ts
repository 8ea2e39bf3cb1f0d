// 工作台's 需要留意的记录 counts what the rules hold against the newest records of each kind, and a
// warning acknowledged (确认知悉) no longer counts as open (issue 7 item 3).
import { afterEach, expect, it } from 'vitest';
import { ruleContextFrom } from '#shared/domain/rules/context';
import { validateRecord } from '#shared/domain/by-kind/validate';
import { domainRules } from '../../store/domain-rules';
import type { OpenedStore } from '../../store/open-store';
import { actor, expectSaved, freshName, mediationDraft, openTestStore, testReference } from '../../store/test-support';
import { loadOpenWarnings } from './open-warnings';

let store: OpenedStore | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

const context = ruleContextFrom({ today: '2026-06-15', officers: [], calendarYears: [], laws: [], disputeTypes: [], powerItems: [], settings: testReference.filter((entry) => entry.kind === 'setting') });

/** The test draft with an ID number whose check digit is right (the draft's own is not: ID_NUMBER_INVALID). */
const draft = (overrides: Parameters<typeof mediationDraft>[0] = {}) =>
  mediationDraft({ personal: { parties: [{ partyId: 'p1', idNumber: '11010519491231002X' }, { partyId: 'p2' }] }, ...overrides });

it('counts mediation cases needing correction and with open warnings; an acknowledged warning leaves the count', async () => {
  // Saved under rules that refused nothing (an older version, or another PC), reopened under today's.
  const name = freshName('warnings');
  store = await openTestStore({ name });
  // Mediating with no session record: a warning (人民调解法 art. 27). Succeeded without an agreement: an error (arts. 28–29).
  const mediating = expectSaved(await store.ledger.create('mediationCase', draft({ status: 'mediating' }), actor)).record;
  expectSaved(await store.ledger.create('mediationCase', draft({ status: 'succeeded', closedOn: '2026-05-20' }), actor));
  expectSaved(await store.ledger.create('mediationCase', draft(), actor));

  await store.close();
  store = await openTestStore({ name, rules: domainRules });
  const before = (await loadOpenWarnings(store, context)).find((row) => row.kind === 'mediationCase');
  // The succeeded one also has warnings beside its error; both it and the mediating one count as open.
  expect(before).toEqual({ kind: 'mediationCase', toCorrect: 1, toNotice: 2, partial: false });

  // Every warning of the mediating case answered for: it leaves the count.
  const warnings = validateRecord('mediationCase', mediating as never, context).filter((issue) => issue.severity === 'warning');
  expect(warnings.map((issue) => issue.code)).toContain('MED_SESSION_MISSING');
  for (const warning of warnings) {
    expect(await store.ledger.acknowledge('mediationCase', mediating.id, warning, '当事人外出务工，待其返乡后调解', actor)).toEqual({ ok: true });
  }
  const after = (await loadOpenWarnings(store, context)).find((row) => row.kind === 'mediationCase');
  expect(after).toEqual({ kind: 'mediationCase', toCorrect: 1, toNotice: 1, partial: false });
});
