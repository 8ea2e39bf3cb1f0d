// The enforcement form's shape and its two-way conversion with the record. Optional blocks (decision,
// legal review, publicity) are always present in the form as empty texts and go into the draft only
// when something was filled in, so a half-filled block reaches the rules, which name what is missing.
import type { Draft } from '#shared/domain/draft';
import type { DecisionOutcome, DiscretionLevel, EnforcementProcedure, LegalReviewOpinion, PartyKind } from '#shared/domain/labels';
import type { EnforcementCase, EnforcementCategory, PublicityChangeKind } from '#shared/domain/schemas/enforcement-case';
import {
  compact, emptyProcedureValues, procedureDraftOf, procedureValuesOf, reviewerQualificationFields, reviewerQualificationOf,
  type ProcedureValues, type ReviewerQualification,
} from './procedure-values';

type Recording = EnforcementCase['recordings'][number];
type Stages = EnforcementCase['stages'];

/** Every stage date as text ('' = not reached). */
export type StageValues = { [Field in keyof Required<Stages>]: string };

export interface EnforcementFormValues extends ProcedureValues {
  category: EnforcementCategory;
  procedure: EnforcementProcedure;
  powerItemId: string;
  matter: string;
  legalBasis: string;
  discretionLevel?: DiscretionLevel;
  party: { kind: PartyKind; name: string; creditCode: string; legalRepresentative: string };
  personal: { idNumber: string; phone: string; address: string };
  officerIds: string[];
  stages: StageValues;
  decision: {
    outcome?: DecisionOutcome; content: string; fineAmount?: number; documentNumber: string;
    performance: string; remedies: string; agencyName: string; sealedOn: string; place: string;
  };
  major: boolean;
  legalReview: { reviewedOn: string; reviewer: string; opinion?: LegalReviewOpinion; note: string; qualification?: ReviewerQualification };
  publicity: { publishedOn: string; channel: string; changedOn: string; changeKind?: PublicityChangeKind; withdrawnOn: string };
  recordings: { stage: Recording['stage']; medium: Recording['medium']; description: string; attachmentSha256?: string }[];
  /** Not edited here; carried through so saving keeps them. */
  attachments: EnforcementCase['attachments'];
}

const emptyDecision = { content: '', documentNumber: '', performance: '', remedies: '', agencyName: '', sealedOn: '', place: '' };
const emptyPublicity = { publishedOn: '', channel: '', changedOn: '', withdrawnOn: '' };

const emptyStages: StageValues = {
  filedOn: '', investigatedOn: '', notifiedOn: '', hearingRequestedOn: '', hearingHeldOn: '',
  decidedOn: '', servedOn: '', executedOn: '', closedOn: '',
};

export function newEnforcementValues(today: string): EnforcementFormValues {
  return {
    category: 'penalty', procedure: 'ordinary', powerItemId: '', matter: '', legalBasis: '',
    party: { kind: 'person', name: '', creditCode: '', legalRepresentative: '' },
    personal: { idNumber: '', phone: '', address: '' },
    officerIds: [], stages: { ...emptyStages, filedOn: today },
    decision: { ...emptyDecision }, major: false,
    legalReview: { reviewedOn: '', reviewer: '', note: '' }, publicity: { ...emptyPublicity },
    recordings: [], attachments: [], ...emptyProcedureValues(),
  };
}

export function enforcementValuesOf(record: EnforcementCase): EnforcementFormValues {
  return {
    category: record.category, procedure: record.procedure, powerItemId: record.powerItemId ?? '', matter: record.matter,
    legalBasis: record.legalBasis, ...(record.discretionLevel ? { discretionLevel: record.discretionLevel } : {}),
    party: { creditCode: '', legalRepresentative: '', ...record.party },
    personal: { idNumber: '', phone: '', address: '', ...record.personal },
    officerIds: [...record.officerIds],
    stages: { ...emptyStages, ...record.stages },
    decision: { ...emptyDecision, ...record.decision },
    major: record.major,
    legalReview: legalReviewValuesOf(record.legalReview),
    publicity: { ...emptyPublicity, ...record.publicity },
    ...procedureValuesOf(record),
    recordings: record.recordings.map((recording) => ({ ...recording })),
    attachments: record.attachments,
  };
}

function legalReviewValuesOf(review: EnforcementCase['legalReview']): EnforcementFormValues['legalReview'] {
  const { firstTime: _firstTime, legalProfessionQualified: _qualified, ...rest } = review ?? {};
  const qualification = reviewerQualificationOf(review);
  return { reviewedOn: '', reviewer: '', note: '', ...rest, ...(qualification ? { qualification } : {}) };
}

const filled = (value: object): boolean => Object.keys(compact(value)).length > 0;

export function enforcementDraftOf(values: EnforcementFormValues): Draft<'enforcementCase'> {
  const organisation = values.party.kind === 'organisation';
  // What does not apply to this kind of party stays in the form but not in the record.
  const party = organisation
    ? compact(values.party)
    : compact({ kind: values.party.kind, name: values.party.name });
  const personal: EnforcementCase['personal'] = compact({
    ...values.personal, idNumber: organisation ? '' : values.personal.idNumber.toUpperCase(),
  });
  const decision = compact(values.decision);
  const { qualification, ...review } = values.legalReview;
  const legalReview = { ...compact(review), ...reviewerQualificationFields(qualification) };
  const publicity = compact(values.publicity);
  const powerItemId = values.powerItemId.trim();
  return {
    category: values.category, procedure: values.procedure,
    ...(powerItemId ? { powerItemId } : {}),
    matter: values.matter.trim(), legalBasis: values.legalBasis.trim(),
    ...(values.discretionLevel ? { discretionLevel: values.discretionLevel } : {}),
    party: { ...party, kind: values.party.kind, name: values.party.name.trim() },
    personal,
    officerIds: [...values.officerIds],
    stages: { ...compact(values.stages), filedOn: values.stages.filedOn },
    major: values.major,
    recordings: values.recordings.map((recording) => ({ ...compact(recording), stage: recording.stage, medium: recording.medium, description: recording.description.trim() })),
    attachments: values.attachments,
    ...procedureDraftOf(values),
    ...(filled(decision) ? { decision: decision as NonNullable<EnforcementCase['decision']> } : {}),
    ...(filled(legalReview) ? { legalReview: legalReview as NonNullable<EnforcementCase['legalReview']> } : {}),
    ...(filled(publicity) ? { publicity: publicity as NonNullable<EnforcementCase['publicity']> } : {}),
  };
}

/** Where an issue about the record shows up in the form: blocks at their first field, each officer at the picker. */
export function enforcementFormFieldOf(recordPath: string): string {
  if (/^officerIds(\.\d+)?$/.test(recordPath)) return 'officerIds';
  if (recordPath === 'decision') return 'decision.outcome';
  if (recordPath === 'legalReview') return 'legalReview.reviewedOn';
  if (recordPath === 'publicity') return 'publicity.publishedOn';
  if (recordPath === 'collectiveDiscussion') return 'collectiveDiscussion.discussedOn';
  if (recordPath === 'legalReview.firstTime' || recordPath === 'legalReview.legalProfessionQualified') return 'legalReview.qualification';
  if (recordPath === 'party') return 'party.name';
  if (/^recordings\.\d+$/.test(recordPath)) return `${recordPath}.description`;
  return recordPath;
}
