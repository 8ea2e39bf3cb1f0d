// The page of a ledger whose screens are not built yet: a plain notice, never a crash.
import { Paper, Typography } from '@mui/material';

export function UnderConstruction({ title }: { title: string }) {
  return (
    <Paper sx={{ p: 4 }}>
      <Typography variant="h5" gutterBottom>{title}</Typography>
      <Typography color="text.secondary">此功能正在建设中。</Typography>
    </Paper>
  );
}

export const underConstruction = (title: string) => function Placeholder() {
  return <UnderConstruction title={title} />;
};
