// One side's value of a conflicting field: its lines, personal data masked with 「显示」.
import { useState } from 'react';
import { Box, Button, Typography } from '@mui/material';
import type { LedgerKind } from '#shared/domain/schemas/index';
import { valueLines } from './conflict-values';

export function ConflictValue({ kind, field, value, side }: { kind: LedgerKind; field: string; value: unknown; side: string }) {
  const [shown, setShown] = useState(false);
  const lines = valueLines(kind, field, value);
  const hasMasked = lines.some((line) => line.masked !== undefined);
  return (
    <Box>
      {lines.map((line, index) => (
        <Typography key={index} variant="body2" sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
          {line.label && <Box component="span" sx={{ color: 'text.secondary' }}>{line.label}：</Box>}
          {line.masked !== undefined && !shown ? line.masked : line.text}
        </Typography>
      ))}
      {hasMasked && (
        <Button size="small" sx={{ minWidth: 0, p: 0 }} onClick={() => setShown(!shown)} aria-label={`${shown ? '隐藏' : '显示'}${side}的个人信息`}>
          {shown ? '隐藏' : '显示'}
        </Button>
      )}
    </Box>
  );
}
