// Deterministic sample records of every ledger kind, for the seed page, the benchmark and tests.
// Record `i` of a kind comes from its own random stream (seed, kind, i), so a chunk of records is
// the same however the run is split into chunks.
import type { Draft } from '#shared/domain/draft';
import type { LedgerKind } from '#shared/domain/schemas/index';
import { createRandom, type Random } from './prng';
import { samplePersonName, type SampleContext } from './sample-context';
import { sampleEnforcementCase } from './sample-enforcement';
import { sampleMediationCase } from './sample-mediation';
import { sampleOfficer, type SampleOfficerRef } from './sample-officer';
import { sampleCaseReview, type SampleEnforcementRef } from './sample-review';
import { sampleStudySession } from './sample-study';

export type { SampleContext } from './sample-context';
export { sampleContextFrom } from './sample-context';
export type { SampleOfficerRef } from './sample-officer';
export type { SampleEnforcementRef } from './sample-review';

/** Saved records that later kinds point at: officers for cases and trainings, cases for reviews. */
export interface SampleLinks {
  officers: readonly SampleOfficerRef[];
  enforcementCases: readonly SampleEnforcementRef[];
}

const KIND_SALT: Record<LedgerKind, number> = { officer: 1, enforcementCase: 2, caseReview: 3, studySession: 4, mediationCase: 5 };

/** A 32-bit mix of (seed, kind, index) so neighbouring records get unrelated streams. */
function streamSeed(seed: number, salt: number, index: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(salt, 0xc2b2ae35) ^ Math.imul(index + 1, 0x27d4eb2f);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

export interface SampleGenerator {
  context: SampleContext;
  /** Drafts `start` … `start + count - 1` of a kind; `links` must hold the saved records they point at. */
  drafts<K extends LedgerKind>(kind: K, start: number, count: number, links?: SampleLinks): Draft<K>[];
}

const noLinks: SampleLinks = { officers: [], enforcementCases: [] };

export function createSampleGenerator(seed: number, context: SampleContext): SampleGenerator {
  const staff = createRandom(streamSeed(seed, 0, 0));
  // The committee's own mediators (调解员) recur across cases, as they do in a township.
  const mediators = Array.from({ length: 6 }, () => samplePersonName(staff, staff.chance(0.5) ? 'male' : 'female'));
  const one = (kind: LedgerKind, random: Random, index: number, links: SampleLinks): unknown => {
    switch (kind) {
      case 'officer': return sampleOfficer(random, context, index);
      case 'enforcementCase': return sampleEnforcementCase(random, context, links.officers);
      case 'caseReview': return sampleCaseReview(random, context, links.enforcementCases);
      case 'studySession': return sampleStudySession(random, context, links.officers);
      case 'mediationCase': return sampleMediationCase(random, context, mediators);
    }
  };
  return {
    context,
    drafts<K extends LedgerKind>(kind: K, start: number, count: number, links: SampleLinks = noLinks): Draft<K>[] {
      return Array.from({ length: count }, (_, offset) => {
        const index = start + offset;
        return one(kind, createRandom(streamSeed(seed, KIND_SALT[kind], index)), index, links) as Draft<K>;
      });
    },
  };
}

/** The order a seed must save kinds in, so every link points at a record already saved. */
export const seedOrder = ['officer', 'enforcementCase', 'caseReview', 'studySession', 'mediationCase'] as const satisfies readonly LedgerKind[];

/**
 * How `total` sample records split across kinds: a township's roster of officers (up to 12),
 * then mostly mediation cases, as the ledgers of a real township are.
 */
export function planSampleCounts(total: number): Record<LedgerKind, number> {
  const whole = Math.max(0, Math.floor(total));
  const officer = Math.min(12, whole);
  const rest = whole - officer;
  const enforcementCase = Math.floor(rest * 0.08);
  const caseReview = enforcementCase > 0 ? Math.floor(rest * 0.01) : 0;
  const studySession = Math.floor(rest * 0.04);
  return { officer, enforcementCase, caseReview, studySession, mediationCase: rest - enforcementCase - caseReview - studySession };
}
