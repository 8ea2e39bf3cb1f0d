import { afterEach, describe, expect, it } from 'vitest';
import type { AppStore } from './contract';
import type { ReferenceData } from '#shared/domain/schemas/index';
import { actor, caseReviewDraft, enforcementDraft, expectSaved, mediationDraft, officerDraft, openTestStore, studyDraft, testReference } from './test-support';

let store: AppStore | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

describe('yearCounts', () => {
  it('counts one year of the ledgers for the dashboard, leaving out other years and the recycle bin', async () => {
    const disputeType = (code: string, name: string): ReferenceData => ({
      id: `disputeType:${code}`, kind: 'disputeType', code, name, sortOrder: 0, active: true, details: {},
      updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: { person: '系统', deviceId: 'defaults' },
    });
    store = await openTestStore({ referenceDefaults: [...testReference, disputeType('neighbour', '邻里纠纷'), disputeType('family', '婚姻家庭纠纷'), disputeType('land', '土地纠纷')] }); // today is 2026-06-15
    const open = store;
    const statuses = ['succeeded', 'succeeded', 'failed', 'terminated', 'mediating', 'accepted'] as const;
    for (const [i, status] of statuses.entries()) {
      const draft = mediationDraft({ status, receivedOn: `2026-0${i + 1}-15`, disputeType: i < 4 ? 'neighbour' : 'family', source: i === 0 ? 'police' : 'application' });
      await open.ledger.create('mediationCase', draft, actor);
    }
    await open.ledger.create('mediationCase', mediationDraft({ status: 'succeeded', receivedOn: '2025-12-31' }), actor);
    const trashed = expectSaved(await open.ledger.create('mediationCase', mediationDraft({ status: 'succeeded', receivedOn: '2026-01-01' }), actor)).record;
    await open.ledger.trash('mediationCase', trashed.id, actor);

    await open.ledger.create('studySession', studyDraft({ heldOn: '2026-01-10', lawIds: ['law:a', 'law:b'] }), actor);
    await open.ledger.create('studySession', studyDraft({ heldOn: '2026-12-31', lawIds: ['law:b', 'law:c'] }), actor);
    await open.ledger.create('studySession', studyDraft({ heldOn: '2025-06-01', lawIds: ['law:d'] }), actor);
    await open.ledger.create('studySession', studyDraft({ heldOn: '2026-03-01', kind: 'cadre', lawIds: ['law:e'] }), actor);
    await open.ledger.create('studySession', studyDraft({ heldOn: '2026-04-01', kind: 'officerTraining', lawIds: [] }), actor);
    await open.ledger.create('studySession', studyDraft({ heldOn: '2027-01-01', kind: 'officerTraining', lawIds: [] }), actor);
    // 普法活动 (decision 037): counted apart from 学法, with the people they reached; last year's left out.
    const activity = { kind: 'publicLegalEducation' as const, lecturer: '', place: '镇农贸市场', audience: '赶集群众', participants: [] };
    expectSaved(await open.ledger.create('studySession', studyDraft({ ...activity, heldOn: '2026-08-01', peopleReached: 300 }), actor));
    expectSaved(await open.ledger.create('studySession', studyDraft({ ...activity, heldOn: '2025-08-01', peopleReached: 40 }), actor));

    const enforcement = expectSaved(await open.ledger.create('enforcementCase', enforcementDraft(), actor)).record;
    await open.ledger.create('caseReview', caseReviewDraft({ enforcementCaseId: enforcement.id, reviewedOn: '2026-05-20' }), actor);
    await open.ledger.create('caseReview', caseReviewDraft({ enforcementCaseId: enforcement.id, reviewedOn: '2025-05-20' }), actor);

    await open.ledger.create('officer', officerDraft({ certificateExpiresOn: '2026-06-15' }), actor);
    await open.ledger.create('officer', officerDraft({ certificateExpiresOn: '2026-06-14' }), actor);
    await open.ledger.create('officer', officerDraft({ certificateExpiresOn: '2028-01-01' }), actor);
    await open.ledger.create('officer', officerDraft({ certificateExpiresOn: '2028-01-01', status: 'left' }), actor);

    expect(await open.yearCounts(2026)).toEqual({
      year: 2026,
      // By type and by source only this year's live cases; a type with none is left out (土地纠纷).
      mediation: { received: 6, succeeded: 2, failed: 1, terminated: 1, byDisputeType: { neighbour: 4, family: 2 }, bySource: { police: 1, application: 5 } },
      lawsStudiedBeforeMeetings: 3,
      officerTrainings: 1,
      publicLegalEducation: { activities: 1, peopleReached: 300 },
      caseReviews: 1,
      officers: { active: 3, certifiedValid: 2 },
    });
  });
});
