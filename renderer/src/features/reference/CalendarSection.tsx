// 工作日历: one row per year the county has entered (放假 weekdays, 调休上班 weekend days, who changed it
// and when). Statutory clocks that end in a year not listed are counted Mon–Fri and marked 预估.
import { useState } from 'react';
import { Alert } from '@mui/material';
import type { ReferenceData } from '#shared/domain/schemas/index';
import { CalendarYearDialog } from './CalendarYearDialog';
import { ReferenceSection } from './ReferenceSection';
import { ReferenceTable, type ReferenceColumn } from './ReferenceTable';
import { useReferenceKind } from './useReferenceKind';
import { useThisYear } from '../../app/useToday';

const columns: ReferenceColumn[] = [
  { header: '年份', cell: (entry) => `${entry.details.year}年` },
  { header: '工作日放假', cell: (entry) => `${entry.details.holidays?.length ?? 0} 天` },
  { header: '调休上班', cell: (entry) => `${entry.details.workdays?.length ?? 0} 天` },
];

export function CalendarSection({ editable }: { editable: boolean }) {
  const { entries: years, error, actor, store } = useReferenceKind('calendarYear');
  const [editing, setEditing] = useState<ReferenceData | 'new' | null>(null);
  const thisYear = useThisYear();
  const missing = [thisYear, thisYear + 1].filter((year) => !years?.some((entry) => entry.active && entry.details.year === year));

  return (
    <ReferenceSection title="工作日历" heading="工作日历（法定节假日安排）" loadError={error} loaded={years !== undefined}
      action={editable ? { label: '录入年度放假安排', onClick: () => setEditing('new') } : undefined}
      description="按工作日计算的期限（送达、公示、听证申请等）依此日历跳过节假日、计入调休上班日；依据国务院办公厅每年的部分节假日安排通知。">
      {missing.length > 0 && (
        <Alert severity="warning" sx={{ mb: 1.5 }} data-testid="calendar-missing">
          尚未录入{missing.map((year) => `${year}年`).join('、')}的放假安排：到期日在{missing.length > 1 ? '这些年份' : '该年'}的期限暂按周一至周五估算，显示为“预估”。
          {editable ? '国务院办公厅公布通知后，请点“录入年度放假安排”。' : '县司法局录入并同步后自动更正。'}
        </Alert>
      )}
      <ReferenceTable label="已录入的年度放假安排" columns={columns}
        rows={[...(years ?? [])].sort((a, b) => (b.details.year ?? 0) - (a.details.year ?? 0))}
        actions={editable ? (entry) => [{ label: '修改', name: `修改${entry.details.year}年放假安排`, onClick: () => setEditing(entry) }] : undefined} />
      {editing && (
        <CalendarYearDialog entry={editing === 'new' ? null : editing} takenYears={(years ?? []).map((entry) => entry.details.year ?? 0)} actor={actor}
          onSave={async (entry) => { await store([entry]); setEditing(null); }} onClose={() => setEditing(null)} />
      )}
    </ReferenceSection>
  );
}
