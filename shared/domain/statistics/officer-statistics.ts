// 持证率 of a set of officers on a reference day: 在岗 officers whose 执法证 is valid that day ÷ 在岗 officers,
// with "valid" as certificateValidOn says. An officer roster is a state, not a period's events: it is read as
// it stands, on the period's last day or today, whichever comes first.
import { certifiedOfficers } from '../deadlines/certificate-validity';
import type { Officer } from '../schemas/officer';

export type OfficerFacts = Pick<Officer, 'townshipId' | 'status' | 'certificateExpiresOn'>;

/** The facts of one officer the figures read. */
export const officerFactsOf = ({ townshipId, status, certificateExpiresOn }: Officer): OfficerFacts => ({ townshipId, status, certificateExpiresOn });

export interface OfficerFigures {
  /** The day validity is judged on. */
  referenceDay: string;
  active: number;
  certifiedValid: number;
  /** null when there is no 在岗 officer: nothing to divide by (shown 无执法人员, never 0 % or NaN). */
  certifiedRate: number | null;
}

export function officerFigures(officers: readonly OfficerFacts[], referenceDay: string): OfficerFigures {
  const { active, certifiedValid } = certifiedOfficers(officers, referenceDay);
  return { referenceDay, active, certifiedValid, certifiedRate: active > 0 ? certifiedValid / active : null };
}
