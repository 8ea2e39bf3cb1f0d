// The frame of every 基础数据 section: a titled region (its name is what screen readers and tests find),
// the county's action button, what the data is for, and the read or save failure, or 正在加载 until
// the entries are read.
import type { ReactNode } from 'react';
import { Alert, Box, Button, Paper, Typography } from '@mui/material';
import { describeError } from '../../components/feedback/describe-error';
import { LoadingState } from '../../components/feedback/LoadingState';

interface Props {
  /** The region's name; also the heading unless `heading` says more. */
  title: string;
  heading?: string;
  /** Shown only when given (the county's 添加 / 录入 button). */
  action?: { label: string; onClick: () => void };
  description?: ReactNode;
  /** Reading failed: shown as 读取{title}失败. */
  loadError: unknown;
  loaded: boolean;
  /** A save from the section itself (停用, a choice) failed. */
  failure?: string | null;
  children: ReactNode;
}

export function ReferenceSection({ title, heading = title, action, description, loadError, loaded, failure, children }: Props) {
  return (
    <Paper component="section" variant="outlined" sx={{ p: 2 }} aria-label={title}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 1, flexWrap: 'wrap' }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, flexGrow: 1 }}>{heading}</Typography>
        {action && <Button variant="contained" onClick={action.onClick}>{action.label}</Button>}
      </Box>
      {description && <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>{description}</Typography>}
      {failure && <Alert severity="error" role="alert" sx={{ mb: 1 }}>{failure}</Alert>}
      {loadError !== undefined && <Alert severity="error">读取{title}失败：{describeError(loadError).message}</Alert>}
      {!loaded && loadError === undefined && <LoadingState />}
      {loaded && children}
    </Paper>
  );
}
