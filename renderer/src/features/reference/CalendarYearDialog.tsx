// 录入 / 修改 one year's 放假安排: the year, the days off and the make-up working days, typed or pasted
// from the State Council's notice. Every problem is listed at once; nothing is stored until all are fixed.
import { useState } from 'react';
import { Alert, TextField } from '@mui/material';
import { calendarYearFromInput, calendarYearText } from '#shared/domain/calendar/calendar-year-input';
import type { DomainIssue } from '#shared/domain/issue';
import type { ReferenceData } from '#shared/domain/schemas/index';
import type { Actor } from '../../store/contract';
import { EditDialog } from './EditDialog';
import { useSaveAction } from './useSaveAction';
import { useClock } from '../../app/useToday';

interface Props {
  /** The year being changed, or null for a new one. */
  entry: ReferenceData | null;
  takenYears: readonly number[];
  actor: Actor;
  onSave: (entry: ReferenceData) => Promise<void>;
  onClose: () => void;
}

const messagesFor = (issues: readonly DomainIssue[], field: string) => issues.filter((issue) => issue.field === field).map((issue) => issue.message);

export function CalendarYearDialog({ entry, takenYears, actor, onSave, onClose }: Props) {
  const clock = useClock();
  const [yearText, setYearText] = useState(() => String(entry?.details.year ?? clock().getFullYear() + 1));
  const [holidaysText, setHolidaysText] = useState(calendarYearText(entry?.details.holidays ?? []));
  const [workdaysText, setWorkdaysText] = useState(calendarYearText(entry?.details.workdays ?? []));
  const [issues, setIssues] = useState<DomainIssue[]>([]);
  const { saving, failure, run } = useSaveAction();

  const save = async () => {
    const year = Number(yearText.trim());
    const result = calendarYearFromInput({ year: yearText.trim() === '' ? Number.NaN : year, holidaysText, workdaysText });
    const found = result.ok ? [] : [...result.issues];
    if (!entry && takenYears.includes(year)) {
      found.push({ code: 'CAL_YEAR_TAKEN', message: `${year}年的放假安排已录入，请在列表中点“修改”`, field: 'year', severity: 'error' });
    }
    setIssues(found);
    if (!result.ok || found.length > 0) return;
    const { calendarYear } = result;
    await run(() => onSave({
      id: `calendarYear:${calendarYear.year}`,
      kind: 'calendarYear',
      code: String(calendarYear.year),
      name: `${calendarYear.year}年节假日安排`,
      sortOrder: calendarYear.year,
      active: true,
      details: { year: calendarYear.year, holidays: calendarYear.holidays, workdays: calendarYear.workdays, text: '依据国务院办公厅关于当年部分节假日安排的通知' },
      updatedAt: clock().toISOString(),
      updatedBy: actor,
    }));
  };

  const helper = (field: string, fallback: string) => messagesFor(issues, field).join('；') || fallback;
  const invalid = (field: string) => messagesFor(issues, field).length > 0;

  return (
    <EditDialog title={entry ? `修改${entry.details.year}年放假安排` : '录入年度放假安排'} failure={failure} saving={saving}
      onSave={() => void save()} onClose={onClose}>
      {issues.length > 0 && <Alert severity="error" role="alert">有 {issues.length} 处需要修改，尚未保存</Alert>}
      <TextField label="年份" value={yearText} onChange={(event) => setYearText(event.target.value)} disabled={entry !== null}
        slotProps={{ htmlInput: { inputMode: 'numeric' } }} error={invalid('year')} helperText={helper('year', '例如 2027')} />
      <TextField label="放假日期" value={holidaysText} onChange={(event) => setHolidaysText(event.target.value)} multiline minRows={4}
        error={invalid('holidays')}
        helperText={helper('holidays', '每行一个日期或一段假期，例如 2027-01-01 或 2027-02-06至2027-02-13；假期中的星期六、星期日会自动略去')} />
      <TextField label="调休上班日期" value={workdaysText} onChange={(event) => setWorkdaysText(event.target.value)} multiline minRows={2}
        error={invalid('workdays')} helperText={helper('workdays', '需要上班的星期六、星期日，每行一个，例如 2027-02-14')} />
    </EditDialog>
  );
}
