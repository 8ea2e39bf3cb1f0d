// 工作台 → 普法活动: the year's 普法活动 and the people they reached (谁执法谁普法, the county plan's (十二);
// decision 037), counted from the 学法 ledger by kind. The plan sets no number for them, so no target is shown.
import { Paper, Typography } from '@mui/material';
import type { YearCounts } from '#shared/domain/figures/year-figures';

export function PublicEducationCard({ counts }: { counts: YearCounts }) {
  const { activities, peopleReached } = counts.publicLegalEducation;
  return (
    <Paper variant="outlined" component="section" aria-label="普法活动" sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 1 }}>
      <Typography variant="subtitle2" component="h2">普法活动</Typography>
      <Typography component="p" variant="h4" sx={{ fontWeight: 600 }}>
        {activities}
        <Typography component="span" variant="body1" color="text.secondary"> 次 · 受众 {peopleReached.toLocaleString('zh-CN')} 人次</Typography>
      </Typography>
      <Typography variant="caption" color="text.secondary">
        谁执法谁普法：{counts.year}年学法记录中“普法活动”的场次与受众人数合计
      </Typography>
    </Paper>
  );
}
