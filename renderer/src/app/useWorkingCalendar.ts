// The working-day calendar (holidays, 调休) from reference data, for statutory clocks.
import { useMemo } from 'react';
import { calendarFromReference, type WorkingDayCalendar } from '#shared/domain/calendar/working-day-calendar';
import { useReferenceEntries } from './useReference';

export function useWorkingCalendar(): WorkingDayCalendar | undefined {
  const { entries } = useReferenceEntries('calendarYear');
  return useMemo(() => (entries ? calendarFromReference(entries) : undefined), [entries]);
}
