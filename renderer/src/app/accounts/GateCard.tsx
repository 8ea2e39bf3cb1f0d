// The card the sign-in screens sit in: the app's name, the screen's title, nothing of the records behind.
import type { ReactNode } from 'react';
import { Box, Paper, Typography } from '@mui/material';

export function GateCard({ title, label, children }: { title: string; label: string; children: ReactNode }) {
  return (
    <Box sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', bgcolor: 'grey.100', p: 2 }}>
      <Paper sx={{ p: 4, width: '100%', maxWidth: 440 }} component="section" aria-label={label}>
        <Typography variant="h6" component="p" sx={{ fontWeight: 700, color: 'primary.main' }}>台账</Typography>
        <Typography variant="h5" component="h1" sx={{ mb: 2 }}>{title}</Typography>
        {children}
      </Paper>
    </Box>
  );
}
