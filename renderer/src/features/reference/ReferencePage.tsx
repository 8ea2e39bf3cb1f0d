// 基础数据: what the county keeps for every township — today the working-day calendar (放假安排). The
// county enters it here and it reaches the townships by sync; a township reads it, with who changed
// what and when.
import { Alert, Box, Typography } from '@mui/material';
import { useDeviceSettings } from '../../app/settings-context';
import { CalendarSection } from './CalendarSection';

export function ReferencePage() {
  const { settings } = useDeviceSettings();
  const county = settings.role === 'county';
  return (
    <Box>
      <Typography variant="h5" component="h1" gutterBottom>基础数据</Typography>
      {!county && (
        <Alert severity="info" sx={{ mb: 2 }}>基础数据由县司法局统一维护，同步后自动更新到本机；如有错误请联系县司法局。</Alert>
      )}
      <CalendarSection editable={county} />
    </Box>
  );
}
