// 修改记录: who did what to the record and when, with the changed fields named in Chinese.
import { useCallback } from 'react';
import { Alert, Box, List, ListItem, ListItemText, Typography } from '@mui/material';
import type { ValueLabels } from '#shared/domain/fields/field-labels';
import { historyActionLabels } from '#shared/domain/labels';
import { isAcknowledgementChange } from '#shared/domain/rules/acknowledgement';
import type { RecordHistory } from '#shared/domain/schemas/index';
import { useAsync } from '../async/useAsync';
import { describeError } from '../feedback/describe-error';
import { labelOfField, type FieldLabels } from '../form/field-labels';

export interface HistoryPanelProps {
  /** Loads the entries (store.ledger.history); a new function reloads. */
  load: () => Promise<RecordHistory[]>;
  fieldLabels: FieldLabels;
  valueLabels?: ValueLabels;
}

const patternOf = (path: string) => path.split('.').map((segment) => (/^\d+$/.test(segment) ? '*' : segment)).join('.');

const MAX_SHOWN_VALUE = 40;
const short = (value: string | undefined) => (value === undefined ? '（空）' : value.length > MAX_SHOWN_VALUE ? `${value.slice(0, MAX_SHOWN_VALUE)}…` : value);

function ChangeLine({ change, fieldLabels, valueLabels }: { change: RecordHistory['changes'][number]; fieldLabels: FieldLabels; valueLabels?: ValueLabels }) {
  if (isAcknowledgementChange(change)) return <li>提醒「{change.before}」，理由：{change.after}</li>;
  const label = labelOfField(change.field, fieldLabels);
  const words = valueLabels?.[patternOf(change.field)];
  const shown = (value: string | undefined) => short(value !== undefined && words?.[value] ? words[value] : value);
  // Personal data is only noted as changed; history never copies it (and the store never writes it).
  const values = change.before === undefined && change.after === undefined ? '' : `：${shown(change.before)} → ${shown(change.after)}`;
  return <li>{label}{values}</li>;
}

/** 确认知悉 is kept as an update whose only changes are acknowledgements (shared/domain/rules/acknowledgement.ts). */
const actionLabel = (entry: RecordHistory): string =>
  entry.action === 'update' && entry.changes.length > 0 && entry.changes.every(isAcknowledgementChange) ? '确认知悉' : historyActionLabels[entry.action];

export function HistoryPanel({ load, fieldLabels, valueLabels }: HistoryPanelProps) {
  const newestFirst = useCallback(async () => (await load()).sort((a, b) => (a.at < b.at ? 1 : -1)), [load]);
  const { data, error } = useAsync(newestFirst);
  if (error !== undefined) return <Alert severity="error">读取修改记录失败：{describeError(error).message}</Alert>;
  if (!data) return null;
  if (data.length === 0) return <Typography color="text.secondary">暂无修改记录</Typography>;
  return (
    <List dense disablePadding aria-label="修改记录">
      {data.map((entry) => (
        <ListItem key={entry.id} disableGutters divider alignItems="flex-start">
          <ListItemText
            primary={`${actionLabel(entry)} · ${entry.actor.person || '（未署名）'} · ${new Date(entry.at).toLocaleString('zh-CN', { hour12: false })}`}
            secondary={entry.action === 'update' && entry.changes.length > 0 ? (
              <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
                {entry.changes.map((change) => <ChangeLine key={change.field} change={change} fieldLabels={fieldLabels} valueLabels={valueLabels} />)}
              </Box>
            ) : undefined}
            slotProps={{ secondary: { component: 'div' } }}
          />
        </ListItem>
      ))}
    </List>
  );
}
