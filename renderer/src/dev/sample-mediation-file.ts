// What decision 017 adds to a sample 人民调解 case, drawn after everything else so the rest of a case
// stays as it was: the rights notice given on receipt (若干规定 art. 30), legal representatives of
// organisation parties (人民调解法 art. 29(一)), the signed and sealed originals (art. 29(2)), now and then an
// escalation reported to the police (art. 25), and the 卷宗 of a case closed long enough ago (art. 27).
import type { Draft } from '#shared/domain/draft';
import { requiredArchiveDocuments } from '#shared/domain/rules/mediation-aftercare';
import type { Random } from './prng';
import { addDays, earlier, samplePersonName, type SampleContext } from './sample-context';

type MediationDraft = Draft<'mediationCase'>;

export function withSampleCaseFile(random: Random, context: SampleContext, draft: MediationDraft): MediationDraft {
  const result: MediationDraft = { ...draft };
  const started = draft.sessions.length > 0 || draft.status === 'mediating' || draft.status === 'succeeded' || draft.status === 'failed';
  if (started) result.rightsNotice = { givenOn: draft.receivedOn, form: random.chance(0.8) ? 'written' : 'oral' };
  const representatives = draft.parties.filter((party) => party.kind === 'organisation')
    .map((party) => [party.partyId, samplePersonName(random, random.chance(0.7) ? 'male' : 'female')] as const);
  if (representatives.length > 0) result.legalRepresentatives = Object.fromEntries(representatives);
  if (draft.status === 'succeeded' && draft.agreement?.form === 'written') {
    result.agreement = { ...draft.agreement, originals: { partiesSigned: true, mediatorsSigned: true, sealed: true, copies: draft.parties.length + 1 } };
  }
  if (started && random.chance(0.05)) {
    result.escalation = {
      risk: true, measures: '分别做双方思想工作，稳控情绪，告知过激行为的法律后果',
      reportedOn: earlier(addDays(draft.receivedOn, random.int(0, 2)), context.today), reportedTo: `绥滨县公安局${context.township.name}派出所`,
    };
  }
  const archivedOn = draft.closedOn === undefined ? undefined : addDays(draft.closedOn, random.int(3, 25));
  if (archivedOn !== undefined && archivedOn <= context.today) {
    result.archive = {
      volumeNumber: `（${draft.closedOn?.slice(0, 4) ?? ''}）人调字第${String(random.int(1, 300))}号`,
      keepingPeriod: random.weighted({ permanent: 10, long: 60, short: 30 }),
      archivedOn,
      documents: requiredArchiveDocuments(result),
    };
  }
  return result;
}
