// A titled block of a form (基本情况, 当事人, 调解协议 …) laid out as a responsive grid.
import type { ReactNode } from 'react';
import { Box, Paper, Typography } from '@mui/material';

export function FormSection({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <Paper component="section" aria-label={title} variant="outlined" sx={{ p: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', mb: 1.5 }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, flexGrow: 1 }}>{title}</Typography>
        {actions}
      </Box>
      {children}
    </Paper>
  );
}

/** Fields side by side: `columns` per row on wide screens, one per row on narrow ones. */
export function FieldRow({ children, columns = 3 }: { children: ReactNode; columns?: number }) {
  return (
    <Box sx={{ display: 'grid', gap: 2, mb: 2, gridTemplateColumns: { xs: '1fr', md: `repeat(${columns}, minmax(0, 1fr))` } }}>
      {children}
    </Box>
  );
}
