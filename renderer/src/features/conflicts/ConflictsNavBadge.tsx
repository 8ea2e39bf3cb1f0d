// The number of open sync conflicts beside 冲突处理 in the navigation; nothing when there are none.
import { Badge } from '@mui/material';
import { useSync } from '../../sync/SyncContext';

export function ConflictsNavBadge() {
  const { status } = useSync();
  if (status.conflicts === 0) return null;
  return <Badge color="error" badgeContent={status.conflicts} max={99} sx={{ mr: 1.5 }} data-testid="conflicts-badge" />;
}
