// [C11] 有问题的记录 in the sync panel: each record kept back from sync, why, and a link to fix it.
import { Alert, Box } from '@mui/material';
import { Link } from 'wouter';
import { recordHref } from '#shared/domain/kinds/index';
import type { ProblemRecord } from './contract';

/** Records listed by name; more are counted (they are rare: pasted text past the form's cleaning). */
const SHOWN = 5;

export function ProblemRecordsAlert({ records, onNavigate }: { records: readonly ProblemRecord[]; onNavigate: () => void }) {
  if (records.length === 0) return null;
  return (
    <Alert severity="error" sx={{ py: 0 }} data-testid="sync-problem-records">
      有问题的记录 {records.length} 条，暂不同步（其他记录照常同步）：
      {records.slice(0, SHOWN).map((record) => (
        <Box key={`${record.kind}|${record.recordId}`} sx={{ mt: 0.5 }}>
          <Link href={recordHref(record.kind, record.recordId)} onClick={onNavigate}>{record.title || record.recordId}</Link>
          <Box component="span" sx={{ display: 'block', fontSize: 12 }}>{record.message}</Box>
        </Box>
      ))}
      {records.length > SHOWN && <Box sx={{ mt: 0.5 }}>另有 {records.length - SHOWN} 条</Box>}
    </Alert>
  );
}
