// A loading indicator that stays invisible for the first moments, so fast loads do not flash.
import { Box, CircularProgress, Typography } from '@mui/material';

export function LoadingState({ label = '正在加载…' }: { label?: string }) {
  return (
    <Box role="status" aria-label={label} sx={{ display: 'flex', alignItems: 'center', justifyContent: 'center', gap: 2, p: 6,
      animation: 'taizhang-fade-in 0.2s ease-in 0.3s both', '@keyframes taizhang-fade-in': { from: { opacity: 0 }, to: { opacity: 1 } } }}>
      <CircularProgress size={24} />
      <Typography color="text.secondary">{label}</Typography>
    </Box>
  );
}
