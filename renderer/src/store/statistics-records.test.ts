import { afterEach, describe, expect, it } from 'vitest';
import type { AppStore } from './contract';
import { actor, enforcementDraft, expectSaved, mediationDraft, openTestStore, studyDraft } from './test-support';

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
