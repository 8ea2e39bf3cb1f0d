import { afterEach, describe, expect, it } from 'vitest';
import type { AppStore } from './contract';
import { actor, caseReviewDraft, enforcementDraft, expectSaved, mediationDraft, officerDraft, openTestStore, studyDraft } from './test-support';

let store: AppStore | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

describe('statisticsRecords', () => {
  it('reads the facts of the live records of the period only, without names or personal fields', async () => {
    store = await openTestStore();
    const open = store;
    const save = async <T>(saving: Promise<T & { ok: boolean }>) => expectSaved(await saving);
    await save(open.ledger.create('mediationCase', mediationDraft({
      receivedOn: '2026-03-01', status: 'succeeded', agreement: { form: 'oral', terms: '赔偿', amount: 800 }, escalation: { risk: true },
      closedOn: '2026-03-02', sessions: [{ date: '2026-03-02', record: '达成口头协议' }],
    }), actor));
    await save(open.ledger.create('mediationCase', mediationDraft({ receivedOn: '2026-03-31' }), actor));
    await save(open.ledger.create('mediationCase', mediationDraft({ receivedOn: '2026-04-01' }), actor));
    await save(open.ledger.create('mediationCase', mediationDraft({ receivedOn: '2026-02-28' }), actor));
    const trashed = (await save(open.ledger.create('mediationCase', mediationDraft({ receivedOn: '2026-03-15' }), actor))).record;
    await open.ledger.trash('mediationCase', trashed.id, actor);
    await save(open.ledger.create('studySession', studyDraft({ heldOn: '2026-03-10', participants: [{ name: '甲' }, { name: '乙' }] }), actor));
    await save(open.ledger.create('studySession', studyDraft({ heldOn: '2026-05-10' }), actor));
    await save(open.ledger.create('enforcementCase', enforcementDraft({
      stages: { filedOn: '2026-03-05', hearingHeldOn: '2026-03-20' }, legalReview: { reviewedOn: '2026-03-25', reviewer: '法制员', opinion: 'approve' },
    }), actor));

    const records = await open.statisticsRecords('2026-03-01', '2026-03-31');
    expect(records.mediation.map((each) => each.receivedOn).sort()).toEqual(['2026-03-01', '2026-03-31']);
    const succeeded = records.mediation.find((each) => each.status === 'succeeded');
    expect(succeeded).toEqual({
      townshipId: 'suibin', receivedOn: '2026-03-01', disputeType: 'neighbour', source: 'application', status: 'succeeded',
      agreement: { amount: 800 }, escalation: { risk: true }, parties: [{ kind: 'person' }, { kind: 'person' }],
    });
    expect(records.study).toEqual([{ townshipId: 'suibin', heldOn: '2026-03-10', kind: 'preMeeting', lawIds: ['law:xingzheng-chufa-fa'], hours: 1, participants: [{ name: '甲' }, { name: '乙' }] }]);
    expect(records.enforcement).toEqual([{ townshipId: 'suibin', procedure: 'ordinary', stages: { filedOn: '2026-03-05', hearingHeldOn: '2026-03-20' }, legalReview: { reviewedOn: '2026-03-25' } }]);
  });
});

describe('reviews and officers in the statistics (decision 026, amended)', () => {
  it('a review belongs to the township of the case it reviews, whichever PC wrote it, and follows its case when it is changed', async () => {
    store = await openTestStore({ township: 'zhongren' });
    const open = store;
    const zhongrenCase = expectSaved(await open.ledger.create('enforcementCase', enforcementDraft(), actor)).record;
    // The county's PC, set up (as every PC is) with a township of its own, 绥滨镇.
    await open.settings.save({ townshipId: 'suibin', role: 'county' });
    const suibinCase = expectSaved(await open.ledger.create('enforcementCase', enforcementDraft(), actor)).record;
    const review = expectSaved(await open.ledger.create('caseReview', caseReviewDraft({ enforcementCaseId: zhongrenCase.id, reviewedOn: '2026-06-01' }), actor)).record;
    expect(review.townshipId).toBe('zhongren');
    expect((await open.statisticsRecords('2026-01-01', '2026-12-31')).reviews).toEqual([{ townshipId: 'zhongren', reviewedOn: '2026-06-01', grade: review.grade }]);

    const moved = expectSaved(await open.ledger.update('caseReview', review.id, caseReviewDraft({ enforcementCaseId: suibinCase.id, reviewedOn: '2026-06-01' }), actor)).record;
    expect([moved.townshipId, moved.caseNumber]).toEqual(['suibin', suibinCase.caseNumber]);
  });

  it('reads every live officer whatever the period, with only the roster facts, and the period\'s reviews only', async () => {
    store = await openTestStore();
    const open = store;
    expectSaved(await open.ledger.create('officer', officerDraft({ certificateNumber: 'A1', certificateExpiresOn: '2026-01-31' }), actor));
    expectSaved(await open.ledger.create('officer', officerDraft({ certificateNumber: 'A2', certificateExpiresOn: '2031-01-31', status: 'suspended' }), actor));
    const gone = expectSaved(await open.ledger.create('officer', officerDraft({ certificateNumber: 'A3' }), actor)).record;
    await open.ledger.trash('officer', gone.id, actor);
    const reviewed = expectSaved(await open.ledger.create('enforcementCase', enforcementDraft(), actor)).record;
    expectSaved(await open.ledger.create('caseReview', caseReviewDraft({ enforcementCaseId: reviewed.id, reviewedOn: '2025-12-31' }), actor));

    const records = await open.statisticsRecords('2026-03-01', '2026-03-31');
    expect(records.officers).toEqual([
      { townshipId: 'suibin', status: 'active', certificateExpiresOn: '2026-01-31' },
      { townshipId: 'suibin', status: 'suspended', certificateExpiresOn: '2031-01-31' },
    ]);
    expect(records.reviews).toEqual([]);
  });
});
