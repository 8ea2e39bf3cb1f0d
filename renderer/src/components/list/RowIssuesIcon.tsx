// The 提醒 cell of a ledger list: an icon when the rules hold something against a saved record (red for
// what it now breaks, amber for warnings), its messages on hover, its count for screen readers.
import { Tooltip } from '@mui/material';
import ErrorIcon from '@mui/icons-material/ErrorOutlineOutlined';
import WarningIcon from '@mui/icons-material/WarningAmber';
import type { DomainIssue } from '#shared/domain/issue';

export function RowIssuesIcon({ issues }: { issues: readonly DomainIssue[] }) {
  if (issues.length === 0) return null;
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  const label = errors > 0 ? `${errors} 处需要更正` : `${issues.length} 条提醒`;
  return (
    <Tooltip describeChild title={issues.map((issue) => issue.message).join('\n')} slotProps={{ tooltip: { sx: { whiteSpace: 'pre-line' } } }}>
      <span role="img" aria-label={label} data-testid="row-issues" style={{ display: 'inline-flex' }}>
        {errors > 0 ? <ErrorIcon color="error" fontSize="small" /> : <WarningIcon color="warning" fontSize="small" />}
      </span>
    </Tooltip>
  );
}
