import { Typography } from '@mui/material';

export function App() {
  return <Typography variant="h4">台账</Typography>;
}
