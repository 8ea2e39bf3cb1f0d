// 规划目标: the county plan's yearly targets the dashboard measures against (DESIGN §1). The county
// changes a value; a township reads it with who changed it and when.
import { useCallback, useState } from 'react';
import { Alert, Button, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { targetValueFromInput, targetValueText } from '#shared/domain/reference/value-input';
import type { ReferenceData } from '#shared/domain/schemas/index';
import { useActor } from '../../app/settings-context';
import { useAppStore } from '../../app/store-context';
import { useAsync } from '../../components/async/useAsync';
import { describeError } from '../../components/feedback/describe-error';
import { LoadingState } from '../../components/feedback/LoadingState';
import { changedByText, changedEntry } from './changed-entry';
import { ValueDialog } from './ValueDialog';

const unitOf = (entry: ReferenceData) => (entry.details.unit === 'ratio' ? 'ratio' : 'count');

export const targetValueLabel = (entry: ReferenceData): string =>
  unitOf(entry) === 'ratio' ? `${targetValueText('ratio', entry.details.value ?? 0)}%` : String(entry.details.value ?? 0);

export function TargetsSection({ editable }: { editable: boolean }) {
  const store = useAppStore();
  const actor = useActor();
  const load = useCallback(() => store.reference.list('target'), [store]);
  const { data: targets, error, reload } = useAsync(load);
  const [editing, setEditing] = useState<ReferenceData | null>(null);

  const save = async (entry: ReferenceData, value: number) => {
    await store.reference.upsert([changedEntry(entry, { details: { ...entry.details, value } }, actor)]);
    setEditing(null);
    reload();
  };

  return (
    <Paper component="section" variant="outlined" sx={{ p: 2 }} aria-label="规划目标">
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>规划目标</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>全县法治建设规划的年度目标，工作台的完成情况按此计算。</Typography>
      {error !== undefined && <Alert severity="error">读取规划目标失败：{describeError(error).message}</Alert>}
      {!targets && error === undefined && <LoadingState />}
      {targets && (
        <Table size="small" aria-label="规划目标">
          <TableHead>
            <TableRow>
              <TableCell>目标</TableCell>
              <TableCell>目标值</TableCell>
              <TableCell>说明</TableCell>
              <TableCell>最后修改</TableCell>
              {editable && <TableCell width={90}>操作</TableCell>}
            </TableRow>
          </TableHead>
          <TableBody>
            {targets.filter((entry) => entry.active).map((entry) => (
              <TableRow key={entry.id}>
                <TableCell>{entry.name}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{targetValueLabel(entry)}</TableCell>
                <TableCell>{entry.details.text}</TableCell>
                <TableCell>{changedByText(entry)}</TableCell>
                {editable && (
                  <TableCell><Button size="small" onClick={() => setEditing(entry)} aria-label={`修改${entry.name}`}>修改</Button></TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {editing && (
        <ValueDialog title={`修改${editing.name}`} label={unitOf(editing) === 'ratio' ? '目标值（%）' : '目标值'}
          hint={unitOf(editing) === 'ratio' ? '填写 0 至 100 之间的百分数，例如 90' : '填写不小于 0 的整数'}
          description={editing.details.text} initialText={targetValueText(unitOf(editing), editing.details.value ?? 0)}
          parse={(text) => targetValueFromInput(unitOf(editing), text)} onSave={(value) => save(editing, value)} onClose={() => setEditing(null)} />
      )}
    </Paper>
  );
}
