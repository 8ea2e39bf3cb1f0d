// 统计期间: 月报 / 季报 / 年报, the year, and the month or quarter. Only periods that have begun are offered.
import { Box, MenuItem, TextField } from '@mui/material';
import { periodTypeLabels, type Period, type PeriodType } from '#shared/domain/statistics/period';

const YEARS_BACK = 5;
const QUARTERS = ['第一季度', '第二季度', '第三季度', '第四季度'];

export function PeriodPicker({ period, onChange, today }: { period: Period; onChange: (period: Period) => void; today: string }) {
  const thisYear = Number(today.slice(0, 4));
  const thisMonth = Number(today.slice(5, 7));
  const lastIndex = (type: PeriodType, year: number) => {
    const months = year < thisYear ? 12 : thisMonth;
    return type === 'month' ? months : Math.ceil(months / 3);
  };
  // A new type starts at its latest period that has begun; a new year keeps the index where it can.
  const change = (type: PeriodType, year: number, index: number) => onChange({ type, year, index: type === 'year' ? 0 : Math.max(1, Math.min(index, lastIndex(type, year))) });
  const indexChoices = period.type === 'year' ? [] : Array.from({ length: lastIndex(period.type, period.year) }, (_, offset) => offset + 1);
  return (
    <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
      <TextField select label="报表类型" value={period.type} sx={{ width: 120 }} fullWidth={false}
        onChange={(event) => { const type = event.target.value as PeriodType; change(type, period.year, lastIndex(type, period.year)); }}>
        {(Object.keys(periodTypeLabels) as PeriodType[]).map((type) => <MenuItem key={type} value={type}>{periodTypeLabels[type]}</MenuItem>)}
      </TextField>
      <TextField select label="年度" value={period.year} sx={{ width: 120 }} fullWidth={false} onChange={(event) => change(period.type, Number(event.target.value), period.index)}>
        {Array.from({ length: YEARS_BACK + 1 }, (_, offset) => thisYear - offset).map((year) => <MenuItem key={year} value={year}>{year}年</MenuItem>)}
      </TextField>
      {period.type !== 'year' && (
        <TextField select label={period.type === 'month' ? '月份' : '季度'} value={period.index} sx={{ width: 120 }} fullWidth={false} onChange={(event) => change(period.type, period.year, Number(event.target.value))}>
          {indexChoices.map((index) => <MenuItem key={index} value={index}>{period.type === 'month' ? `${index}月` : QUARTERS[index - 1]}</MenuItem>)}
        </TextField>
      )}
    </Box>
  );
}
