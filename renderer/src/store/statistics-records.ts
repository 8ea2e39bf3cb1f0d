// What the statistics page reads: the facts of the records listed between two dates, each kind that feeds
// the statistics (its description's `statistics`) through its (trashed, newestFirstKey) index range, so only
// the period's records are read. Only the fields the figures use are kept, so a county's year of records
// does not stay in memory whole (decision 022). A roster (officers) is not a period's events: every live
// record is read (a county holds hundreds), by its trashed index.
import { keyRangeForDates } from '#shared/domain/by-kind/newest-first-key';
import { describeKind, statisticsKindOf } from '#shared/domain/kinds/index';
import type { LedgerKind, LedgerRecordByKind } from '#shared/domain/schemas/index';
import { statisticsParts, type StatisticsFactsByPart, type StatisticsPart, type StatisticsRecords } from '#shared/domain/statistics/statistics-source';
import type { TaizhangDatabase } from './database';

async function factsOfKind<K extends LedgerKind>(db: TaizhangDatabase, kind: K, from: string, to: string): Promise<unknown[]> {
  const source = describeKind(kind).statistics;
  if (!source) return [];
  const selector = source.ofPeriod ? { trashed: false, newestFirstKey: keyRangeForDates(kind, from, to) } : { trashed: false };
  const rows = await db[kind].find({ selector, sort: [{ newestFirstKey: 'asc' as const }] }).exec();
  // A document reads its fields through getters; the projection copies out only what the figures use.
  return rows.map((row) => source.facts(row as unknown as LedgerRecordByKind[K]));
}

/** One part's facts: the records between the two dates of the kind that feeds it (or its whole roster). */
export async function readStatisticsFacts<P extends StatisticsPart>(db: TaizhangDatabase, part: P, from: string, to: string): Promise<StatisticsFactsByPart[P][]> {
  return (await factsOfKind(db, statisticsKindOf(part), from, to)) as StatisticsFactsByPart[P][];
}

export async function readStatisticsRecords(db: TaizhangDatabase, from: string, to: string): Promise<StatisticsRecords> {
  const parts = await Promise.all(statisticsParts.map(async (part) => [part, await readStatisticsFacts(db, part, from, to)] as const));
  return Object.fromEntries(parts) as unknown as StatisticsRecords;
}
