// 法制审核数额: the fine from which a penalty needs 法制审核 before its decision (行政处罚法 art. 58(1)(四)),
// for a person and for an organisation. Stored as 'setting' entries; every form and the store read them
// through thresholdsFromReference, with the defaults while the county has set none.
import { useCallback, useState } from 'react';
import { Alert, Button, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { defaultsActor } from '#shared/domain/reference/defaults';
import { legalReviewFineEntries } from '#shared/domain/reference/thresholds';
import { fineThresholdFromInput } from '#shared/domain/reference/value-input';
import type { ReferenceData } from '#shared/domain/schemas/index';
import { useActor } from '../../app/settings-context';
import { useAppStore } from '../../app/store-context';
import { useAsync } from '../../components/async/useAsync';
import { describeError } from '../../components/feedback/describe-error';
import { LoadingState } from '../../components/feedback/LoadingState';
import { changedByText, changedEntry } from './changed-entry';
import { ValueDialog } from './ValueDialog';

const yuan = (value: number | undefined) => `${(value ?? 0).toLocaleString('zh-CN')} 元`;

export function ThresholdsSection({ editable }: { editable: boolean }) {
  const store = useAppStore();
  const actor = useActor();
  const load = useCallback(() => store.reference.list('setting'), [store]);
  const { data: settings, error, reload } = useAsync(load);
  const [editing, setEditing] = useState<ReferenceData | null>(null);
  // A PC installed before these were settings has no entries: it shows (and the county first saves) the defaults.
  const thresholds = settings && legalReviewFineEntries(settings, '', defaultsActor);

  const save = async (entry: ReferenceData, value: number) => {
    await store.reference.upsert([changedEntry(entry, { details: { ...entry.details, value } }, actor)]);
    setEditing(null);
    reload();
  };

  return (
    <Paper component="section" variant="outlined" sx={{ p: 2 }} aria-label="法制审核数额">
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>法制审核数额</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        罚款达到下列数额的行政处罚，作出决定前须经法制审核（行政处罚法第五十八条）；保存执法案卷时按此检查。
      </Typography>
      {error !== undefined && <Alert severity="error">读取法制审核数额失败：{describeError(error).message}</Alert>}
      {!thresholds && error === undefined && <LoadingState />}
      {thresholds && (
        <Table size="small" aria-label="法制审核数额">
          <TableHead>
            <TableRow>
              <TableCell>项目</TableCell>
              <TableCell>数额</TableCell>
              <TableCell>最后修改</TableCell>
              {editable && <TableCell width={90}>操作</TableCell>}
            </TableRow>
          </TableHead>
          <TableBody>
            {thresholds.map((entry) => (
              <TableRow key={entry.id}>
                <TableCell>{entry.name}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{yuan(entry.details.value)}</TableCell>
                <TableCell>{entry.updatedAt ? changedByText(entry) : '默认值（县司法局尚未修改）'}</TableCell>
                {editable && (
                  <TableCell><Button size="small" onClick={() => setEditing(entry)} aria-label={`修改${entry.name}`}>修改</Button></TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {editing && (
        <ValueDialog title={`修改${editing.name}`} label="罚款数额（元）" hint="填写整数，单位为元，例如 10000" description={editing.details.text}
          initialText={String(editing.details.value ?? '')} parse={fineThresholdFromInput}
          onSave={(value) => save(editing, value)} onClose={() => setEditing(null)} />
      )}
    </Paper>
  );
}
