// Statutory clocks of a record (or of many, on the dashboard): what is due, by when, under which rule.
import type { ReactNode } from 'react';
import { Box, Chip, List, ListItem, ListItemText, Tooltip, Typography } from '@mui/material';

/** The fields of a shared/domain Deadline this list shows. */
export interface DeadlineView {
  code: string;
  label: string;
  dueOn: string;
  basis: string;
  state: string;
  /** The year of its due date has no 放假安排 from the county yet. */
  estimated?: boolean;
}

const stateLooks: Record<string, { text: string; color: 'error' | 'warning' | 'info' | 'success' | 'default' }> = {
  overdue: { text: '已逾期', color: 'error' },
  dueSoon: { text: '即将到期', color: 'warning' },
  open: { text: '未到期', color: 'info' },
  met: { text: '已完成', color: 'success' },
  done: { text: '已完成', color: 'success' },
};

export const deadlineStateLook = (state: string) => stateLooks[state] ?? { text: state, color: 'default' as const };

export function DeadlineList<D extends DeadlineView>({ deadlines, emptyText = '暂无期限提醒', extra }: {
  deadlines: D[];
  emptyText?: string;
  /** More to show per deadline (the dashboard links the record). */
  extra?: (deadline: D) => ReactNode;
}) {
  if (deadlines.length === 0) return <Typography color="text.secondary">{emptyText}</Typography>;
  return (
    <List dense disablePadding aria-label="期限提醒">
      {deadlines.map((deadline, index) => {
        const look = deadlineStateLook(deadline.state);
        return (
          <ListItem key={`${deadline.code}-${index}`} disableGutters divider>
            <ListItemText
              primary={<Box component="span" sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
                <Chip size="small" label={look.text} color={look.color} />
                <span>{deadline.label}</span>
                <Typography component="span" variant="body2" color="text.secondary">期限 {deadline.dueOn}</Typography>
                {deadline.estimated && (
                  <Tooltip title={`县司法局尚未录入${deadline.dueOn.slice(0, 4)}年的放假安排，此期限暂按周一至周五估算，录入后自动更正`}>
                    <Chip size="small" variant="outlined" color="warning" label="预估" aria-label={`预估：${deadline.dueOn.slice(0, 4)}年放假安排尚未录入`} />
                  </Tooltip>
                )}
                {extra?.(deadline)}
              </Box>}
              secondary={deadline.basis}
            />
          </ListItem>
        );
      })}
    </List>
  );
}
