import { afterEach, describe, expect, it } from 'vitest';
import type { AppStore } from './contract';
import { actor, caseReviewDraft, enforcementDraft, expectSaved, mediationDraft, officerDraft, openTestStore, studyDraft } from './test-support';

let store: AppStore | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

describe('yearCounts', () => {
  it('counts one year of the ledgers for the dashboard, leaving out other years and the recycle bin', async () => {
    store = await openTestStore(); // today is 2026-06-15
    const open = store;
    const statuses = ['succeeded', 'succeeded', 'failed', 'terminated', 'mediating', 'accepted'] as const;
    for (const [i, status] of statuses.entries()) {
      await open.ledger.create('mediationCase', mediationDraft({ status, receivedOn: `2026-0${i + 1}-15` }), actor);
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

    const enforcement = expectSaved(await open.ledger.create('enforcementCase', enforcementDraft(), actor)).record;
    await open.ledger.create('caseReview', caseReviewDraft({ enforcementCaseId: enforcement.id, reviewedOn: '2026-05-20' }), actor);
    await open.ledger.create('caseReview', caseReviewDraft({ enforcementCaseId: enforcement.id, reviewedOn: '2025-05-20' }), actor);

    await open.ledger.create('officer', officerDraft({ certificateExpiresOn: '2026-06-15' }), actor);
    await open.ledger.create('officer', officerDraft({ certificateExpiresOn: '2026-06-14' }), actor);
    await open.ledger.create('officer', officerDraft({ certificateExpiresOn: '2028-01-01' }), actor);
    await open.ledger.create('officer', officerDraft({ certificateExpiresOn: '2028-01-01', status: 'left' }), actor);

    expect(await open.yearCounts(2026)).toEqual({
      year: 2026,
      mediation: { received: 6, succeeded: 2, failed: 1, terminated: 1 },
      lawsStudiedBeforeMeetings: 3,
      officerTrainings: 1,
      caseReviews: 1,
      officers: { active: 3, certifiedValid: 2 },
    });
  });
});
