// The mediation form's shape and its two-way conversion with the record. The form keeps each party's
// ID number, phone and address on the party's row; the record keeps them apart in `personal.parties`
// (encrypted at rest), matched by partyId.
import { v7 as uuidv7 } from 'uuid';
import type { Draft } from '#shared/domain/draft';
import type { MediationCase } from '#shared/domain/schemas/index';
import type { ArchiveDocument, ArchiveKeepingPeriod, MediationStatus } from '#shared/domain/schemas/mediation-case';

type Agreement = NonNullable<MediationCase['agreement']>;
type ReturnVisit = MediationCase['returnVisits'][number];
type JudicialConfirmation = NonNullable<MediationCase['judicialConfirmation']>;
type Originals = NonNullable<Agreement['originals']>;

export interface PartyValues {
  partyId: string;
  role: MediationCase['parties'][number]['role'];
  kind: MediationCase['parties'][number]['kind'];
  name: string;
  gender?: 'male' | 'female';
  ethnicity: string;
  age?: number;
  occupation: string;
  idNumber: string;
  phone: string;
  address: string;
  /** An organisation's 法定代表人; the record keeps it in `legalRepresentatives` by partyId (decision 017). */
  legalRepresentative: string;
}

export interface MediationFormValues {
  committee: string;
  source: MediationCase['source'];
  receivedOn: string;
  disputeType: string;
  summary: string;
  claims: string;
  parties: PartyValues[];
  /** Objects, because react-hook-form's field arrays hold objects. */
  mediators: { name: string }[];
  sessions: { date: string; place: string; record: string }[];
  status: MediationStatus;
  agreement: {
    form?: Agreement['form'];
    facts: string; terms: string; performanceMethod: string; performanceDeadline: string; performancePlace: string; signedOn: string;
    amount?: number;
    performance?: Agreement['performance'];
    originals: { partiesSigned: boolean; mediatorsSigned: boolean; sealed: boolean; copies?: number };
  };
  rightsNotice: { givenOn: string; form?: 'written' | 'oral' };
  escalation: { risk: boolean; measures: string; reportedOn: string; reportedTo: string };
  archive: { volumeNumber: string; keepingPeriod?: ArchiveKeepingPeriod; archivedOn: string; documents: ArchiveDocument[] };
  closedOn: string;
  closingNote: string;
  returnVisits: { date: string; visitor: string; performance?: ReturnVisit['performance']; note: string }[];
  judicialConfirmation: { appliedOn: string; court: string; result?: JudicialConfirmation['result'] };
  referral: { to: string; on: string; reason: string };
  /** Not edited here; carried through so saving keeps them. */
  attachments: MediationCase['attachments'];
}

export const newParty = (role: PartyValues['role'] = 'applicant'): PartyValues => ({
  partyId: uuidv7(), role, kind: 'person', name: '', ethnicity: '', occupation: '', idNumber: '', phone: '', address: '',
  legalRepresentative: '',
});

const noOriginals: MediationFormValues['agreement']['originals'] = { partiesSigned: false, mediatorsSigned: false, sealed: false };

const emptyAgreement: MediationFormValues['agreement'] = {
  facts: '', terms: '', performanceMethod: '', performanceDeadline: '', performancePlace: '', signedOn: '', originals: noOriginals,
};

const emptySafeguards = {
  rightsNotice: { givenOn: '' },
  escalation: { risk: false, measures: '', reportedOn: '', reportedTo: '' },
  archive: { volumeNumber: '', archivedOn: '', documents: [] },
} satisfies Pick<MediationFormValues, 'rightsNotice' | 'escalation' | 'archive'>;

export function newMediationValues(committee: string, today: string): MediationFormValues {
  return {
    committee, source: 'application', receivedOn: today, disputeType: '', summary: '', claims: '',
    parties: [newParty('applicant'), newParty('respondent')], mediators: [{ name: '' }], sessions: [], status: 'accepted',
    agreement: emptyAgreement, ...emptySafeguards, closedOn: '', closingNote: '', returnVisits: [],
    judicialConfirmation: { appliedOn: '', court: '' }, referral: { to: '', on: '', reason: '' }, attachments: [],
  };
}

export function mediationValuesOf(record: MediationCase): MediationFormValues {
  const personal = new Map(record.personal.parties.map((entry) => [entry.partyId, entry]));
  return {
    committee: record.committee, source: record.source, receivedOn: record.receivedOn, disputeType: record.disputeType,
    summary: record.summary, claims: record.claims ?? '',
    parties: record.parties.map((party) => ({
      ...party, ethnicity: party.ethnicity ?? '', occupation: party.occupation ?? '',
      idNumber: personal.get(party.partyId)?.idNumber ?? '', phone: personal.get(party.partyId)?.phone ?? '',
      address: personal.get(party.partyId)?.address ?? '',
      legalRepresentative: record.legalRepresentatives?.[party.partyId] ?? '',
    })),
    mediators: record.mediators.map((name) => ({ name })),
    sessions: record.sessions.map((session) => ({ ...session, place: session.place ?? '' })),
    status: record.status,
    agreement: { ...emptyAgreement, ...record.agreement, originals: { ...noOriginals, ...record.agreement?.originals } },
    rightsNotice: { ...emptySafeguards.rightsNotice, ...record.rightsNotice },
    escalation: { ...emptySafeguards.escalation, ...record.escalation },
    archive: { ...emptySafeguards.archive, ...record.archive, documents: [...(record.archive?.documents ?? [])] },
    closedOn: record.closedOn ?? '', closingNote: record.closingNote ?? '',
    returnVisits: record.returnVisits.map((visit) => ({ ...visit })),
    judicialConfirmation: { court: '', ...record.judicialConfirmation, appliedOn: record.judicialConfirmation?.appliedOn ?? '' },
    referral: { to: '', on: '', reason: '', ...record.referral },
    attachments: record.attachments,
  };
}

/** Drops empty texts and undefined values, so optional fields are absent rather than ''. */
function compact<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== '' && v !== undefined && v !== null)) as Partial<T>;
}

const filled = (value: object): boolean => Object.keys(compact(value)).length > 0;

/** The originals as recorded: absent while nothing is ticked or counted, so an untouched form adds nothing. */
function originalsOf(originals: MediationFormValues['agreement']['originals']): Originals | undefined {
  const { partiesSigned, mediatorsSigned, sealed, copies } = originals;
  if (!partiesSigned && !mediatorsSigned && !sealed && copies === undefined) return undefined;
  return { partiesSigned, mediatorsSigned, sealed, ...(copies === undefined ? {} : { copies }) };
}

/** The decision-017 objects (告知, 激化, 卷宗), each absent while empty. */
function safeguardsOf(values: MediationFormValues): Pick<Draft<'mediationCase'>, 'rightsNotice' | 'escalation' | 'archive' | 'legalRepresentatives'> {
  const rightsNotice = compact(values.rightsNotice);
  const { risk, ...report } = values.escalation;
  const escalation = { ...(risk ? { risk } : {}), ...compact({ ...report, measures: report.measures.trim(), reportedTo: report.reportedTo.trim() }) };
  const { documents, ...cover } = values.archive;
  const archive = { ...compact({ ...cover, volumeNumber: cover.volumeNumber.trim() }), ...(documents.length > 0 ? { documents } : {}) };
  const legalRepresentatives = Object.fromEntries(values.parties
    .filter((party) => party.kind === 'organisation' && party.legalRepresentative.trim() !== '')
    .map((party) => [party.partyId, party.legalRepresentative.trim()]));
  return {
    ...(filled(rightsNotice) ? { rightsNotice } : {}),
    ...(filled(escalation) ? { escalation } : {}),
    ...(filled(archive) ? { archive } : {}),
    ...(filled(legalRepresentatives) ? { legalRepresentatives } : {}),
  };
}

/**
 * Form values with decision 017's parts filled in where missing: a draft autosaved by the previous
 * release and restored after the update has none of them.
 */
function completed(values: MediationFormValues): MediationFormValues {
  const partial = values as Partial<MediationFormValues> & Pick<MediationFormValues, 'agreement' | 'parties'>;
  return {
    ...emptySafeguards, ...values,
    agreement: { ...emptyAgreement, ...partial.agreement, originals: { ...noOriginals, ...(partial.agreement as Partial<MediationFormValues['agreement']>).originals } },
    parties: partial.parties.map((party) => ({ ...party, legalRepresentative: (party as Partial<PartyValues>).legalRepresentative ?? '' })),
  };
}

export function mediationDraftOf(formValues: MediationFormValues): Draft<'mediationCase'> {
  const values = completed(formValues);
  const parties = values.parties.map(({ idNumber: _id, phone: _phone, address: _address, legalRepresentative: _representative, ...party }) => ({
    ...compact(party), partyId: party.partyId, role: party.role, kind: party.kind, name: party.name.trim(),
  }));
  // One personal entry per party, in the same order, so an issue on personal.parties.N belongs to party N.
  const personalParties = values.parties.map((party) => ({
    partyId: party.partyId, ...compact({ idNumber: party.idNumber.trim(), phone: party.phone.trim(), address: party.address.trim() }),
  }));
  const { originals: originalValues, ...agreementTexts } = values.agreement;
  const originals = originalsOf(originalValues);
  const agreement = { ...compact(agreementTexts), ...(originals ? { originals } : {}) };
  const confirmation = compact(values.judicialConfirmation);
  const referral = compact(values.referral);
  return {
    ...compact({ claims: values.claims.trim(), closedOn: values.closedOn, closingNote: values.closingNote.trim() }),
    committee: values.committee.trim(), source: values.source, receivedOn: values.receivedOn, disputeType: values.disputeType,
    summary: values.summary.trim(), parties, personal: { parties: personalParties },
    mediators: values.mediators.map((mediator) => mediator.name.trim()).filter(Boolean),
    sessions: values.sessions.map((session) => ({ ...compact(session), date: session.date, record: session.record })),
    status: values.status,
    returnVisits: values.returnVisits.map((visit) => ({ ...compact(visit), date: visit.date, visitor: visit.visitor, note: visit.note })),
    attachments: values.attachments,
    ...safeguardsOf(values),
    // An agreement half filled in still goes to the rules, which name what is missing (e.g. its form).
    ...(filled(agreement) ? { agreement: agreement as Agreement } : {}),
    ...(filled(confirmation) ? { judicialConfirmation: confirmation as JudicialConfirmation } : {}),
    ...(filled(referral) ? { referral: referral as NonNullable<MediationCase['referral']> } : {}),
  };
}

/** Where an issue about the record shows up in the form. */
export function mediationFormFieldOf(recordPath: string): string {
  const personal = /^personal\.parties\.(\d+)\.(\w+)$/.exec(recordPath);
  if (personal) return `parties.${personal[1]}.${personal[2]}`;
  if (/^mediators\.\d+$/.test(recordPath)) return `${recordPath}.name`;
  return recordPath;
}
