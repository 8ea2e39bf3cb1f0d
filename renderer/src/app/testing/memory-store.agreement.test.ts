// The in-memory store the component tests run on and the RxDB store the app runs on take the same saves
// and must show a user the same: case numbers, stages, scores, list order, rule issues and warnings,
// history, recycle bin, year counts, ID-number lookups. Once with the real rules (what they refuse), once
// with rules that refuse nothing (what a store derives from any input, as from a record pulled by sync).
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultReferenceData } from '#shared/domain/reference/defaults';
import { caseReviewDraft, enforcementDraft, mediationDraft, officerDraft, studyDraft } from '#shared/domain/rules/test-fixtures';
import type { Draft } from '#shared/domain/draft';
import { ledgerKinds, type LedgerKind } from '#shared/domain/schemas/index';
import type { AppStore, ListQuery } from '../../store/contract';
import { domainRules } from '../../store/domain-rules';
import { openStore } from '../../store/open-store';
import type { StoreRules } from '../../store/rules';
import { actor, DATA_KEY, fakeRules, freshName } from '../../store/test-support';
import { createMemoryStore } from './memory-store';

const clock = () => new Date('2026-11-30T04:00:00.000Z');
const reference = defaultReferenceData('2026-01-01T00:00:00.000Z');
const settings = { townshipId: 'zhongren', operatorName: actor.person };
const ID_NUMBER = '11010519491231002X';

let opened: AppStore | undefined;
afterEach(async () => {
  await opened?.close();
  opened = undefined;
});

async function realStore(rules: StoreRules): Promise<AppStore> {
  const store = await openStore({
    name: freshName('agree'), dataKey: DATA_KEY, rules, indexedDb: { indexedDB, IDBKeyRange }, clock,
    referenceDefaults: reference, requestPersistence: () => Promise.resolve(true), multiInstance: false,
  });
  await store.searchIndex.settled;
  await store.settings.save(settings);
  return (opened = store);
}

/** Fields a user never sees, or that differ by construction (ids, keyed hashes); ids are shown by label. */
const unseen = new Set(['id', 'partyIdHashes', 'idNumberHash']);

function seenAs(value: unknown, labels: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') return labels.get(value) ?? value;
  if (Array.isArray(value)) return value.map((item) => seenAs(item, labels));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value)
    .filter(([field]) => !unseen.has(field))
    // The list key's date part orders the list; its id part is the record's own id.
    .map(([field, item]) => [field, field === 'newestFirstKey' || field === 'nextCursor' ? String(item).split('_')[0] : seenAs(item, labels)]));
}

/** The same saves, edits and reads on one store; returns what a user would see at each step. */
async function transcript(store: AppStore): Promise<unknown[]> {
  const seen: unknown[] = [];
  const labels = new Map<string, string>();
  const see = (step: string, value: unknown) => seen.push({ step, value: seenAs(value, labels) });
  const save = async <K extends LedgerKind>(label: string, kind: K, draft: Draft<K>): Promise<string> => {
    const result = await store.ledger.create(kind, draft, actor);
    if (result.ok) labels.set(result.record.id, label);
    see(`create ${label}`, result);
    return result.ok ? result.record.id : `unsaved ${label}`;
  };

  // Officers list by the certificate that runs out first (持证上岗), not by the date it was issued.
  const li = await save('officer 李四', 'officer', officerDraft({ certificateNumber: '2304220001', certificateIssuedOn: '2020-01-01', certificateExpiresOn: '2030-01-01' }));
  const zhao = await save('officer 赵六', 'officer', officerDraft({ name: '赵六', certificateNumber: '2304220002', certificateIssuedOn: '2024-01-01', certificateExpiresOn: '2027-06-01', personal: {} }));
  await save('officer 钱七', 'officer', officerDraft({ name: '钱七', certificateNumber: '2304220003', certificateIssuedOn: '2016-01-01', certificateExpiresOn: '2026-06-01', personal: {} }));
  await save('officer with 李四\'s number', 'officer', officerDraft({ name: '孙八', certificateNumber: '2304220001', personal: {} }));

  const served = await save('case served', 'enforcementCase', enforcementDraft({ officerIds: [li, zhao] }));
  // A hearing asked for and not yet held: the case is at 听证.
  const { decision: _decision, publicity: _publicity, ...undecided } = enforcementDraft({ officerIds: [li, zhao] });
  await save('case hearing requested', 'enforcementCase', { ...undecided, stages: { filedOn: '2026-09-01', investigatedOn: '2026-09-03', notifiedOn: '2026-09-10', hearingRequestedOn: '2026-09-14' } });
  await save('case one officer', 'enforcementCase', enforcementDraft({ officerIds: [li] }));

  const review = await save('review', 'caseReview', caseReviewDraft({ enforcementCaseId: served }));
  await save('review over the maximum', 'caseReview', caseReviewDraft({ enforcementCaseId: served, formScore: 25, contentScore: 90 }));
  await save('review vetoed', 'caseReview', caseReviewDraft({ enforcementCaseId: served, vetoItems: ['wrongLaw'], findings: '适用法律条款错误' }));
  await save('review of no case', 'caseReview', caseReviewDraft({ enforcementCaseId: 'no-such-case' }));

  const mediation = await save('mediation', 'mediationCase', mediationDraft());
  await save('mediation of 2025', 'mediationCase', mediationDraft({ receivedOn: '2025-12-20' }));
  await save('mediation succeeded', 'mediationCase', mediationDraft({ status: 'succeeded', closedOn: '2026-11-20' }));
  await save('mediation of an unknown type', 'mediationCase', mediationDraft({ disputeType: 'no-such-type' }));
  await save('study', 'studySession', studyDraft());
  await save('study of an unknown law', 'studySession', studyDraft({ lawIds: ['law:not-in-catalogue'] }));

  see('edit mediation', await store.ledger.update('mediationCase', mediation, mediationDraft({ summary: '院墙排水纠纷' }), actor));
  see('edit review', await store.ledger.update('caseReview', review, caseReviewDraft({ enforcementCaseId: served, formScore: 20, contentScore: 75 }), actor));
  see('edit nothing', await store.ledger.update('mediationCase', mediation, mediationDraft({ summary: '院墙排水纠纷' }), actor));
  await store.ledger.trash('mediationCase', mediation, actor).catch(() => undefined);
  see('history of mediation', await store.ledger.history(mediation));
  see('history of review', await store.ledger.history(review));

  for (const kind of ledgerKinds) {
    see(`list ${kind}`, await store.ledger.list(kind, { pageSize: 50 }));
    see(`recycle bin ${kind}`, await store.ledger.list(kind, { pageSize: 50, trashed: true }));
  }
  see('mediation in 2025', await store.ledger.list('mediationCase', { pageSize: 50, from: '2025-01-01', to: '2025-12-31' }));
  see('officers, two a page', await store.ledger.list('officer', { pageSize: 2 }));
  // Searches: a name by its pinyin initials, a certificate number's tail, a case number typed with
  // ordinary brackets (read as 〔〕), a word only the search text holds, one inside the recycle bin.
  const search = (kind: LedgerKind, text: string, extra: Partial<ListQuery> = {}) => store.ledger.list(kind, { pageSize: 50, search: text, ...extra });
  see('officers found by zl', await search('officer', 'zl'));
  see('officers found by 0002', await search('officer', '0002'));
  see('cases found by (2026)2号', await search('enforcementCase', '综执(2026)2号'));
  see('cases found by 2号', await search('enforcementCase', '2号'));
  see('officers found by a word inside the unit', await search('officer', '执法'));
  see('mediation found in the bin', await search('mediationCase', '张', { trashed: true }));
  see('officers found, filtered', await search('officer', '23042200', { filter: { field: 'status', value: 'active' } }));
  see('year 2026', await store.yearCounts(2026));
  see('cases of one ID number', await store.ledger.findByIdNumber('enforcementCase', ID_NUMBER.toLowerCase()));
  see('officers of one ID number', await store.ledger.findByIdNumber('officer', ID_NUMBER));
  return seen;
}

describe('the in-memory store agrees with the RxDB store', { timeout: 120_000 }, () => {
  it.each([
    ['the real rules', domainRules],
    ['rules that refuse nothing', fakeRules()],
  ])('on the same saves, under %s', async (_name, rules) => {
    const memory = await transcript(createMemoryStore({ rules, clock, reference, settings }));
    const real = await transcript(await realStore(rules));
    expect(memory).toEqual(real);
    // The saves reach what the comparison is about (else agreeing would prove little).
    const at = (step: string) => (real.find((entry) => (entry as { step: string }).step === step) as { value: unknown }).value;
    expect(at('create case hearing requested')).toMatchObject({ ok: true, record: { stage: 'hearing', caseNumber: '忠仁综执〔2026〕2号' } });
    expect(at('create mediation')).toMatchObject({ ok: true, record: { caseNumber: '〔2026〕忠仁调字第1号' } });
    expect(at('create review over the maximum')).toMatchObject({ ok: false });
    expect(at('edit mediation')).toMatchObject({ ok: true, record: { summary: '院墙排水纠纷' } });
    const names = (step: string) => (at(step) as { rows: { name?: string; caseNumber?: string }[] }).rows.map((row) => row.name ?? row.caseNumber);
    expect(names('officers found by zl')).toEqual(['赵六']);
    expect(names('cases found by (2026)2号')).toEqual(['忠仁综执〔2026〕2号']);
    expect(names('officers found by a word inside the unit').length).toBeGreaterThan(0);
    expect(names('mediation found in the bin')).toHaveLength(1);
    expect((at('list officer') as { rows: { name: string }[] }).rows.map((row) => row.name).slice(0, 2)).toEqual(['钱七', '赵六']);
  });
});
