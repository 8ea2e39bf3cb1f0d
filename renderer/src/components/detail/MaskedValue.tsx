// Personal data (个人信息保护法): masked unless the official asks to see it, and only on a detail page.
import { useState } from 'react';
import { Box, Button } from '@mui/material';
import { maskIdNumber, maskPhone } from '#shared/domain/identity/index';

export type PersonalKind = 'idNumber' | 'phone';

export const maskPersonal = (kind: PersonalKind, value: string): string => (kind === 'idNumber' ? maskIdNumber(value) : maskPhone(value));

/** Masked text for lists: never a way to reveal it. */
export function Masked({ kind, value }: { kind: PersonalKind; value: string | undefined }) {
  return <>{value ? maskPersonal(kind, value) : '—'}</>;
}

/** Masked text with a 「显示」 toggle, for detail pages. */
export function RevealableValue({ kind, value, label }: { kind: PersonalKind; value: string | undefined; label: string }) {
  const [shown, setShown] = useState(false);
  if (!value) return <>—</>;
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 1 }}>
      <span>{shown ? value : maskPersonal(kind, value)}</span>
      <Button size="small" sx={{ minWidth: 0, py: 0 }} onClick={() => setShown(!shown)} aria-label={`${shown ? '隐藏' : '显示'}${label}`}>
        {shown ? '隐藏' : '显示'}
      </Button>
    </Box>
  );
}
