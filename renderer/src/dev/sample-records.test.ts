import { describe, expect, it } from 'vitest';
import { defaultReferenceData } from '#shared/domain/reference/defaults';
import { isValidIdNumber } from '#shared/domain/identity/index';
import { createSampleGenerator, planSampleCounts, sampleContextFrom, type SampleLinks } from './sample-records';

const now = new Date('2026-11-30T08:00:00+08:00');
const context = sampleContextFrom(defaultReferenceData(now.toISOString()), now, 'zhongren');

function linksFor(seed: number): SampleLinks {
  const generator = createSampleGenerator(seed, context);
  const officers = generator.drafts('officer', 0, 12).map((draft, index) => ({ ...draft, id: `officer-${String(index)}` }));
  const cases = generator.drafts('enforcementCase', 0, 50, { officers, enforcementCases: [] });
  return { officers, enforcementCases: cases.map((draft, index) => ({ id: `case-${String(index)}`, closedOn: draft.stages.closedOn })) };
}

describe('sample record generator', () => {
  it('gives the same records for the same seed however the run is chunked', () => {
    const whole = createSampleGenerator(11, context).drafts('mediationCase', 0, 40);
    const chunked = createSampleGenerator(11, context);
    expect([...chunked.drafts('mediationCase', 0, 15), ...chunked.drafts('mediationCase', 15, 25)]).toEqual(whole);
    expect(createSampleGenerator(12, context).drafts('mediationCase', 0, 40)).not.toEqual(whole);
  });

  it('dates every mediation case inside 2024 … today, with valid ID numbers and ages that match them', () => {
    const drafts = createSampleGenerator(3, context).drafts('mediationCase', 0, 300);
    for (const draft of drafts) {
      expect(draft.receivedOn >= '2024-01-01' && draft.receivedOn <= '2026-11-30').toBe(true);
      if (draft.closedOn) expect(draft.closedOn >= draft.receivedOn && draft.closedOn <= '2026-11-30').toBe(true);
      for (const party of draft.personal.parties) if (party.idNumber) expect(isValidIdNumber(party.idNumber)).toBe(true);
    }
    const succeeded = drafts.filter((draft) => draft.status === 'succeeded');
    expect(succeeded.length / drafts.length).toBeGreaterThan(0.5);
    expect(succeeded.every((draft) => draft.agreement?.terms && draft.agreement.signedOn)).toBe(true);
    expect(drafts.filter((draft) => draft.status === 'failed' || draft.status === 'terminated').every((draft) => draft.closingNote)).toBe(true);
  });

  it('names at least two officers whose certificates cover every stage of an enforcement case', () => {
    const links = linksFor(4);
    const drafts = createSampleGenerator(4, context).drafts('enforcementCase', 0, 300, links);
    for (const draft of drafts) {
      expect(draft.officerIds.length).toBeGreaterThanOrEqual(2);
      const days = Object.values(draft.stages).filter((day): day is string => Boolean(day));
      for (const id of draft.officerIds) {
        const officer = links.officers.find((candidate) => candidate.id === id);
        expect(officer?.status).toBe('active');
        for (const day of days) expect(officer && officer.certificateIssuedOn <= day && officer.certificateExpiresOn >= day).toBe(true);
      }
      if (draft.major && draft.stages.decidedOn) expect(draft.legalReview && draft.legalReview.reviewedOn < draft.stages.decidedOn).toBe(true);
    }
  });

  it('reviews only closed cases, after they closed', () => {
    const links = linksFor(5);
    for (const review of createSampleGenerator(5, context).drafts('caseReview', 0, 100, links)) {
      const reviewed = links.enforcementCases.find((item) => item.id === review.enforcementCaseId);
      expect(reviewed?.closedOn && reviewed.closedOn < review.reviewedOn).toBe(true);
    }
  });

  it('splits a seed total across kinds, mostly mediation cases, adding up exactly', () => {
    const plan = planSampleCounts(100_000);
    expect(Object.values(plan).reduce((sum, count) => sum + count, 0)).toBe(100_000);
    expect(plan.officer).toBe(12);
    expect(plan.mediationCase).toBeGreaterThan(80_000);
    expect(planSampleCounts(5)).toEqual({ officer: 5, enforcementCase: 0, caseReview: 0, studySession: 0, mediationCase: 0 });
  });
});
