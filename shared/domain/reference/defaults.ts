// The reference data a fresh installation starts with, for 绥滨县 (鹤岗市, 黑龙江省). The county edits
// it afterwards; ids are `${kind}:${code}` so a re-seed updates rather than duplicates.
import { defaultCalendarYears } from '../calendar/default-calendar';
import type { ReferenceData, ReferenceKind } from '../schemas/reference-data';
import { disputeTypes } from './dispute-types';
import { lawCatalogue } from './laws';
import { samplePowerList } from './power-list';
import { planTargets, successRateDefinitions, successRateSettingCode } from './targets';
import { legalReviewFineEntries } from './thresholds';
import { committeeNameOf, suibinTownships } from './townships';

export const defaultsActor = { person: '系统', deviceId: 'defaults' } as const;

/** Years whose official holiday arrangement the defaults carry (chinese-days knows them). */
export const defaultCalendarYearRange = [2024, 2025, 2026] as const;

const entry = (
  kind: ReferenceKind,
  code: string,
  name: string,
  sortOrder: number,
  details: ReferenceData['details'],
  now: string,
): ReferenceData => ({
  id: `${kind}:${code}`,
  kind,
  code,
  name,
  sortOrder,
  active: true,
  details,
  updatedAt: now,
  updatedBy: { ...defaultsActor },
});

/** `now` is the ISO timestamp written as `updatedAt` (passed in so the function stays pure). */
export function defaultReferenceData(now: string): ReferenceData[] {
  const step = 10; // gaps in sortOrder leave room for the county's own entries
  return [
    ...suibinTownships.map((township, index) =>
      entry('township', township.code, township.name, index * step, {
        shortName: township.shortName,
        category: township.category,
        text: committeeNameOf(township.name),
      }, now)),
    ...disputeTypes.map((type, index) =>
      entry('disputeType', type.code, type.name, index * step, {
        category: type.category,
        ...(type.note === undefined ? {} : { text: type.note }),
      }, now)),
    ...lawCatalogue.map((law, index) =>
      entry('law', law.code, law.name, index * step, { shortName: law.shortName, category: law.category }, now)),
    ...samplePowerList.map((item, index) =>
      entry('powerItem', item.code, item.name, index * step, { category: item.category, text: item.legalBasis }, now)),
    ...planTargets.map((target, index) =>
      entry('target', target.code, target.name, index * step, { value: target.value, unit: target.unit, text: target.text }, now)),
    ...defaultCalendarYears([...defaultCalendarYearRange]).map((year) =>
      entry('calendarYear', String(year.year), `${year.year}年节假日安排`, year.year, {
        year: year.year,
        holidays: year.holidays,
        workdays: year.workdays,
        text: '依据国务院办公厅关于当年部分节假日安排的通知',
      }, now)),
    entry('setting', successRateSettingCode, '调解成功率口径', 0, { category: 'closed', text: successRateDefinitions.closed }, now),
    ...legalReviewFineEntries([], now, defaultsActor),
  ];
}
