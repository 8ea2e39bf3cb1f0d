// An officer's certificate (执法证) expiring: shown from 30 days before the expiry, so renewal is arranged in time.
import { addDays } from '../calendar/dates';
import type { Officer } from '../schemas/officer';
import { clock, hasDate, type Deadline } from './deadline';

export const certificateWarningDays = 30;

export function officerDeadlines(record: Officer, today: string): Deadline[] {
  if (record.status !== 'active' || !hasDate(record.certificateExpiresOn)) return [];
  if (addDays(today, certificateWarningDays) < record.certificateExpiresOn) return [];
  return [clock({
    code: 'OFFICER_CERT_EXPIRY', label: `${record.name}的执法证到期，请办理换证`, dueOn: record.certificateExpiresOn,
    basis: '持证上岗（行政处罚法第四十二条）', recordId: record.id, warnDays: certificateWarningDays,
  }, today)];
}
