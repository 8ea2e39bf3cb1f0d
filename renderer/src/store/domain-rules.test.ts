// The store with the real shared/domain rules and the county's default reference data, as the app opens it.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultReferenceData } from '#shared/domain/reference/defaults';
import { scoreCaseReview } from '#shared/domain/rules/case-review-score';
import {
  caseReviewDraft, enforcementDraft, mediationDraft, officerDraft, studyDraft,
} from '#shared/domain/rules/test-fixtures';
import { validateRecord } from '#shared/domain/by-kind/validate';
import type { ReferenceData } from '#shared/domain/schemas/index';
import { loadRuleContext } from '../app/useRuleValidation';
import type { AppStore } from './contract';
import { domainRules } from './domain-rules';
import { openStore } from './open-store';
import { actor, DATA_KEY, expectSaved, freshName } from './test-support';

let store: AppStore | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

/** `adjust` stands for what the county changed and this device pulled. */
async function openWithDomainRules(adjust: (entries: ReferenceData[]) => ReferenceData[] = (entries) => entries): Promise<AppStore> {
  const opened = await openStore({
    name: freshName('domain'),
    dataKey: DATA_KEY,
    rules: domainRules,
    indexedDb: { indexedDB, IDBKeyRange },
    clock: () => new Date('2026-11-30T04:00:00.000Z'),
    referenceDefaults: adjust(defaultReferenceData('2026-01-01T00:00:00.000Z')),
    requestPersistence: () => Promise.resolve(true),
    multiInstance: false,
  });
  await opened.settings.save({ townshipId: 'zhongren', operatorName: actor.person });
  return opened;
}

describe('store with the domain rules', () => {
  it('numbers a valid mediation case in the official style and refuses a dispute type outside the catalogue', async () => {
    store = await openWithDomainRules();
    expect(store.persisted).toBe(true);
    const saved = expectSaved(await store.ledger.create('mediationCase', mediationDraft(), actor)).record;
    expect(saved.caseNumber).toBe('〔2026〕忠仁调字第1号');
    const refused = await store.ledger.create('mediationCase', mediationDraft({ disputeType: 'no-such-type' }), actor);
    expect(refused.ok ? [] : refused.issues.map((issue) => issue.code)).toContain('MED_DISPUTE_TYPE_UNKNOWN');
    expect(await store.ledger.count('mediationCase', {})).toBe(1);
  });

  it('checks enforcement officers against the officers saved on this device, and derives the stage', async () => {
    store = await openWithDomainRules();
    const first = expectSaved(await store.ledger.create('officer', officerDraft({ name: '李四', certificateNumber: '2304220001' }), actor)).record;
    const second = expectSaved(await store.ledger.create('officer', officerDraft({ name: '赵六', certificateNumber: '2304220002' }), actor)).record;
    const enforcement = expectSaved(await store.ledger.create('enforcementCase', enforcementDraft({ officerIds: [first.id, second.id] }), actor)).record;
    expect(enforcement).toMatchObject({ stage: 'served', caseNumber: '忠仁综执〔2026〕1号' });

    const unknownOfficers = await store.ledger.create('enforcementCase', enforcementDraft({ officerIds: ['nobody', 'nobody-else'] }), actor);
    expect(unknownOfficers.ok).toBe(false);

    const review = expectSaved(await store.ledger.create('caseReview', caseReviewDraft({ enforcementCaseId: enforcement.id }), actor)).record;
    expect({ totalScore: review.totalScore, grade: review.grade }).toEqual(scoreCaseReview({ vetoItems: [], formScore: 18, contentScore: 72 }));
  });

  it('counts a 会前学法 session against the law catalogue of the defaults', async () => {
    store = await openWithDomainRules();
    expectSaved(await store.ledger.create('studySession', studyDraft(), actor));
    const unknownLaw = await store.ledger.create('studySession', studyDraft({ lawIds: ['law:not-in-catalogue'] }), actor);
    expect(unknownLaw.ok ? [] : unknownLaw.issues.map((issue) => issue.code)).toContain('STUDY_LAW_UNKNOWN');
    expect((await store.yearCounts(2026)).lawsStudiedBeforeMeetings).toBe(1);
  });

  it('[ENF_LEGAL_REVIEW_MISSING] the county\'s 法制审核 amount decides, through the store\'s and the form\'s rule context alike', async () => {
    const fine6000 = { outcome: 'penalty' as const, content: '罚款陆仟元', fineAmount: 6_000, documentNumber: '忠仁综执罚决〔2026〕4号' };
    const codes = (issues: readonly { code: string }[]) => issues.map((issue) => issue.code);
    const withOfficers = async (opened: AppStore) => {
      const first = expectSaved(await opened.ledger.create('officer', officerDraft({ name: '李四', certificateNumber: '2304220001' }), actor)).record;
      const second = expectSaved(await opened.ledger.create('officer', officerDraft({ name: '赵六', certificateNumber: '2304220002' }), actor)).record;
      return enforcementDraft({ officerIds: [first.id, second.id], decision: fine6000 });
    };

    // The default (person 10,000): a 6,000 fine needs no review, in the store and in the form.
    store = await openWithDomainRules();
    const underDefault = await withOfficers(store);
    const formDefault = await loadRuleContext(store, '2026-11-30');
    expect(codes(validateRecord('enforcementCase', underDefault, formDefault))).not.toContain('ENF_LEGAL_REVIEW_MISSING');
    expectSaved(await store.ledger.create('enforcementCase', underDefault, actor));
    await store.close();

    // The county lowered the person's amount to 5,000.
    store = await openWithDomainRules((entries) => entries.map((entry) =>
      (entry.code === 'legalReviewFinePerson' ? { ...entry, details: { ...entry.details, value: 5_000 } } : entry)));
    const draft = await withOfficers(store);
    const formContext = await loadRuleContext(store, '2026-11-30');
    expect(formContext.thresholds?.legalReviewFine.person).toBe(5_000);
    const formIssue = validateRecord('enforcementCase', draft, formContext).find((issue) => issue.code === 'ENF_LEGAL_REVIEW_MISSING');
    expect(formIssue?.message).toContain('（5000元）');
    const refused = await store.ledger.create('enforcementCase', draft, actor);
    expect(refused.ok ? [] : refused.issues.filter((issue) => issue.code === 'ENF_LEGAL_REVIEW_MISSING').map((issue) => issue.message)).toEqual([formIssue?.message]);
  });

  it('[ENF_POWER_ITEM_UNKNOWN] [ENF_POWER_ITEM_STOPPED] the store checks the cited 权责清单 item as the form does, by the case\'s 立案 date', async () => {
    // The county stopped 露天焚烧秸秆 on 2026-10-01 and this device pulled it.
    const stopped = 'powerItem:chufa-lutian-fenshao-jiegan';
    store = await openWithDomainRules((entries) => entries.map((entry) =>
      (entry.id === stopped ? { ...entry, active: false, updatedAt: '2026-10-01T02:00:00.000Z' } : entry)));
    const first = expectSaved(await store.ledger.create('officer', officerDraft({ name: '李四', certificateNumber: '2304220001' }), actor)).record;
    const second = expectSaved(await store.ledger.create('officer', officerDraft({ name: '赵六', certificateNumber: '2304220002' }), actor)).record;
    const draft = (powerItemId: string, filedOn: string) => enforcementDraft({
      officerIds: [first.id, second.id], powerItemId, decision: undefined, publicity: undefined, stages: { filedOn },
    });
    const codesOfRefusal = (result: Awaited<ReturnType<AppStore['ledger']['create']>>) => (result.ok ? [] : result.issues.map((issue) => issue.code));

    expect(codesOfRefusal(await store.ledger.create('enforcementCase', draft('powerItem:no-such-power', '2026-11-02'), actor))).toContain('ENF_POWER_ITEM_UNKNOWN');
    expect(codesOfRefusal(await store.ledger.create('enforcementCase', draft(stopped, '2026-11-02'), actor))).toContain('ENF_POWER_ITEM_STOPPED');
    // A case filed before the item was stopped (an import, a synced case) saves, and so does its edit, with a warning.
    const old = await store.ledger.create('enforcementCase', draft(stopped, '2026-09-01'), actor);
    const saved = expectSaved(old);
    expect(saved.warnings?.find((issue) => issue.code === 'ENF_POWER_ITEM_STOPPED')?.message).toContain('2026-10-01');
    const edited = expectSaved(await store.ledger.update('enforcementCase', saved.record.id, { ...draft(stopped, '2026-09-01'), matter: '露天焚烧秸秆（复查）' }, actor));
    expect(edited.warnings?.map((issue) => issue.code)).toContain('ENF_POWER_ITEM_STOPPED');
    // The form reads the same context and says the same.
    const formContext = await loadRuleContext(store, '2026-11-30');
    expect(validateRecord('enforcementCase', draft(stopped, '2026-11-02'), formContext).find((issue) => issue.code === 'ENF_POWER_ITEM_STOPPED')?.severity).toBe('error');
  });

  it('[OFFICER_CERT_NUMBER_DUPLICATE] a second officer with a saved officer\'s 执法证号 is refused; editing the holder keeps it', async () => {
    store = await openWithDomainRules();
    const holder = expectSaved(await store.ledger.create('officer', officerDraft({ name: '李四', certificateNumber: '2304220001' }), actor)).record;
    const twin = await store.ledger.create('officer', officerDraft({ name: '赵六', certificateNumber: '2304220001' }), actor);
    expect(twin.ok ? [] : twin.issues.map((issue) => issue.code)).toContain('OFFICER_CERT_NUMBER_DUPLICATE');
    expectSaved(await store.ledger.update('officer', holder.id, officerDraft({ name: '李四', certificateNumber: '2304220001', note: '换岗' }), actor));
    // The form's context, checking the saved record on its page, does not count the record against itself.
    const context = await loadRuleContext(store, '2026-11-30');
    const onPage = validateRecord('officer', officerDraft({ name: '李四', certificateNumber: '2304220001' }), { ...context, recordId: holder.id });
    expect(onPage.map((issue) => issue.code)).not.toContain('OFFICER_CERT_NUMBER_DUPLICATE');
  });
});
