// A record's detail page: title and actions on top, the record's sections, and the history panel beside them.
import type { ReactNode } from 'react';
import { Box, Paper, Typography } from '@mui/material';

export interface DetailLayoutProps {
  title: ReactNode;
  subtitle?: ReactNode;
  /** 修改, 删除 … */
  actions?: ReactNode;
  /** Notices above the sections (deadlines, warnings). */
  notices?: ReactNode;
  children: ReactNode;
  /** The 修改记录 panel. */
  history?: ReactNode;
}

export function DetailLayout({ title, subtitle, actions, notices, children, history }: DetailLayoutProps) {
  return (
    <Box>
      <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 2, mb: 2, flexWrap: 'wrap' }}>
        <Box sx={{ flexGrow: 1, minWidth: 0 }}>
          <Typography variant="h5" component="h1">{title}</Typography>
          {subtitle && <Typography color="text.secondary">{subtitle}</Typography>}
        </Box>
        <Box sx={{ display: 'flex', gap: 1 }}>{actions}</Box>
      </Box>
      {notices}
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1fr) 320px' }, alignItems: 'start' }}>
        <Box sx={{ display: 'grid', gap: 2, minWidth: 0 }}>{children}</Box>
        {history && (
          <Paper component="aside" variant="outlined" sx={{ p: 2 }} aria-label="修改记录">
            <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>修改记录</Typography>
            {history}
          </Paper>
        )}
      </Box>
    </Box>
  );
}

/** One titled block of a detail page. */
export function DetailSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper component="section" variant="outlined" sx={{ p: 2 }} aria-label={title}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1.5 }}>{title}</Typography>
      {children}
    </Paper>
  );
}
