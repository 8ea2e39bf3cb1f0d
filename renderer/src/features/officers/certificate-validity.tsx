// 执法证 validity as an official reads it: valid, expiring within 30 days (time to renew), or expired.
import { Chip } from '@mui/material';
import { addDays } from '#shared/domain/calendar/dates';
import { certificateValidOn } from '#shared/domain/deadlines/certificate-validity';
import { certificateWarningDays } from '#shared/domain/deadlines/officer-deadlines';

export type CertificateValidity = 'valid' | 'expiring' | 'expired';

export function certificateValidity(expiresOn: string, today: string): CertificateValidity {
  if (!certificateValidOn(expiresOn, today)) return 'expired';
  return expiresOn <= addDays(today, certificateWarningDays) ? 'expiring' : 'valid';
}

const looks: Record<CertificateValidity, { text: string; color: 'success' | 'warning' | 'error' }> = {
  valid: { text: '有效', color: 'success' },
  expiring: { text: `${certificateWarningDays}日内到期`, color: 'warning' },
  expired: { text: '已过期', color: 'error' },
};

export const certificateValidityText = (validity: CertificateValidity): string => looks[validity].text;

export function CertificateChip({ expiresOn, today }: { expiresOn: string; today: string }) {
  const look = looks[certificateValidity(expiresOn, today)];
  return <Chip component="span" size="small" variant="outlined" label={look.text} color={look.color} />;
}
