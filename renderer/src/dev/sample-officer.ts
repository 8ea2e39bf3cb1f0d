// Sample 执法人员: a certified team whose 执法证 cover 2024–2026, plus the odd officer who has
// left or whose certificate lapsed, as real rosters have.
import type { Draft } from '#shared/domain/draft';
import type { Random } from './prng';
import { addDays, dayBetween, samplePerson, type SampleContext } from './sample-context';

type OfficerDraft = Draft<'officer'>;

/** What an enforcement-case maker needs to know of an officer record the store saved. */
export interface SampleOfficerRef {
  id: string;
  name: string;
  status: OfficerDraft['status'];
  certificateIssuedOn: string;
  certificateExpiresOn: string;
}

/** Officers valid on every day from `from` to `to`: the ones a case may name. */
export const certifiedThroughout = (officers: readonly SampleOfficerRef[], from: string, to: string): SampleOfficerRef[] =>
  officers.filter((officer) => officer.status === 'active' && officer.certificateIssuedOn <= from && officer.certificateExpiresOn >= to);

/**
 * The `index`-th officer of a roster: every tenth has left or let the certificate lapse, the
 * rest hold one issued before 2024 and valid past 2026, so they can act on any sample case.
 */
export function sampleOfficer(random: Random, context: SampleContext, index: number): OfficerDraft {
  const person = samplePerson(random, context, '2023-01-01');
  const unit = `${context.township.name}综合行政执法办公室`;
  const certificateNumber = `23042200${String(1000 + index).padStart(4, '0')}`;
  const lapsed = index % 10 === 9;
  const left = index % 10 === 8;
  const certificateIssuedOn = lapsed ? dayBetween(random, '2018-01-01', '2019-06-30') : dayBetween(random, '2021-01-01', '2023-12-31');
  const certificateExpiresOn = lapsed ? addDays(certificateIssuedOn, 5 * 365) : addDays(certificateIssuedOn, 6 * 365);
  return {
    name: person.name,
    gender: person.gender,
    unit,
    certificateNumber,
    certificateIssuedOn,
    certificateExpiresOn,
    status: left ? 'left' : 'active',
    personal: { idNumber: person.idNumber, phone: person.phone },
    ...(left ? { note: '已调离执法岗位，执法证已交回。' } : lapsed ? { note: '执法证已到期，待参加换证培训考试。' } : {}),
  };
}
