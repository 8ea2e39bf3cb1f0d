import { Paper, Typography } from '@mui/material';
import { Link } from 'wouter';

export function NotFound() {
  return (
    <Paper sx={{ p: 4 }}>
      <Typography variant="h5" gutterBottom>找不到这个页面</Typography>
      <Typography color="text.secondary">地址可能已失效。<Link href="/">返回工作台</Link></Typography>
    </Paper>
  );
}
