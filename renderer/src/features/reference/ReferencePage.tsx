// 基础数据: what the county keeps for every township — plan targets, the success-rate definition, the
// 法制审核 amounts, the working-day calendar, the law catalogue, the 权责清单 and the 文书 templates. The county edits
// them here and they reach the townships by sync; a township reads them, with who changed what and when.
import { Alert, Box, Stack, Typography } from '@mui/material';
import { useDeviceSettings } from '../../app/settings-context';
import { TemplatesSection } from '../documents/TemplatesSection';
import { CalendarSection } from './CalendarSection';
import { LawsSection } from './LawsSection';
import { PublicLawyersSection } from './PublicLawyersSection';
import { PowerListSection } from './PowerListSection';
import { SuccessRateSection } from './SuccessRateSection';
import { TargetsSection } from './TargetsSection';
import { ThresholdsSection } from './ThresholdsSection';

export function ReferencePage() {
  const { settings } = useDeviceSettings();
  const county = settings.role === 'county';
  return (
    <Box>
      <Typography variant="h5" component="h1" gutterBottom>基础数据</Typography>
      {!county && (
        <Alert severity="info" sx={{ mb: 2 }}>基础数据由县司法局统一维护，同步后自动更新到本机；如有错误请联系县司法局。</Alert>
      )}
      <Stack spacing={2}>
        <TargetsSection editable={county} />
        <PublicLawyersSection editable={county} />
        <SuccessRateSection editable={county} />
        <ThresholdsSection editable={county} />
        <CalendarSection editable={county} />
        <LawsSection editable={county} />
        <PowerListSection editable={county} />
        <TemplatesSection editable={county} />
      </Stack>
    </Box>
  );
}
