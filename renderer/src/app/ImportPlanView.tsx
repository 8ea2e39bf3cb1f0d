// The dry run as the official reads it: how many rows import, how many are already in the ledger, and every
// bad row with its row number and reasons.
import { Alert, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ImportPlan } from '#shared/domain/ledger-import/plan';
import type { LedgerKind } from '#shared/domain/schemas/index';

export function ImportPlanView({ plan }: { plan: ImportPlan<LedgerKind> }) {
  const { good, duplicates, bad } = plan;
  return (
    <>
      <Typography sx={{ mb: 1 }} aria-label="检查结果">
        可导入 {good.length} 条；已在台账中或在文件中重复 {duplicates.length} 条（不会重复导入）；有问题 {bad.length} 行。
      </Typography>
      {bad.length > 0 && (
        <>
          <Alert severity="error" sx={{ mb: 1 }}>
            以下 {bad.length} 行有问题。整份文件不会导入，除非您选择只导入没有问题的 {good.length} 条。
          </Alert>
          <Table size="small" aria-label="有问题的行">
            <TableHead><TableRow><TableCell sx={{ width: 80 }}>行号</TableCell><TableCell>问题</TableCell></TableRow></TableHead>
            <TableBody>
              {bad.map((row) => (
                <TableRow key={row.rowNumber}>
                  <TableCell>第 {row.rowNumber} 行</TableCell>
                  <TableCell>{row.reasons.join('；')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
      {good.length === 0 && bad.length === 0 && <Alert severity="info">没有可导入的新记录。</Alert>}
    </>
  );
}
