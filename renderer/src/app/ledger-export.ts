// 导出 Excel of a ledger list: every record the list's filters match (all pages, in the list's order),
// mapped to the kind's official columns (shared/domain/ledger-export) and written to .xlsx. Reports progress
// and stops at once when the signal is aborted; nothing is saved here, so a cancelled export leaves no file.
import { localDateOf } from '#shared/domain/calendar/dates';
import { describeKind } from '#shared/domain/kinds/index';
import type { LedgerCell } from '#shared/domain/ledger-export/columns';
import { columnContext, sheetColumns, sheetHeading, sheetRow, withTownshipColumn } from '#shared/domain/ledger-export/ledger-sheet';
import { exportShowsPersonalFields } from '#shared/domain/ledger-export/personal-policy';
import type { LedgerKind } from '#shared/domain/schemas/index';
import type { ReferenceKind } from '#shared/domain/schemas/reference-data';
import { writeLedgerXlsx, yieldToBrowser, type LedgerSheetData } from '../excel/write-ledger-xlsx';
import type { AppStore, ListQuery } from '../store/contract';

/** The list's filters as the store takes them (no paging). */
export type ListFilters = Omit<ListQuery, 'pageSize' | 'after' | 'trashed'>;

export interface ExportProgress {
  phase: 'reading' | 'writing';
  done: number;
  /** How many records match, when the store can count them. */
  total?: number;
}

export interface LedgerExportRequest {
  kind: LedgerKind;
  filters: ListFilters;
  /** What the list was filtered by, in words, for the sheet's heading. */
  filtersInWords: readonly { label: string; value: string }[];
}

export interface LedgerExportOptions {
  signal?: AbortSignal;
  onProgress?: (progress: ExportProgress) => void;
  /** Records read per store page. */
  pageSize?: number;
}

export interface LedgerExportFile {
  fileName: string;
  bytes: Uint8Array;
  count: number;
}

/** Reference kinds whose names a column may show (dispute types, laws, townships, power items). */
const namedReferenceKinds: readonly ReferenceKind[] = ['township', 'disputeType', 'law', 'powerItem'];

async function lookups(store: AppStore): Promise<{ referenceNames: Record<string, string>; officerNames: Record<string, string> }> {
  const entries = (await Promise.all(namedReferenceKinds.map((kind) => store.reference.list(kind)))).flat();
  const officerNames: Record<string, string> = {};
  let after: string | undefined;
  do {
    const page = await store.ledger.list('officer', { pageSize: 500, after });
    for (const officer of page.rows) officerNames[officer.id] = officer.name;
    after = page.nextCursor;
  } while (after !== undefined);
  return { referenceNames: Object.fromEntries(entries.map((entry) => [entry.id, entry.name])), officerNames };
}

/** Every record the filters match, in the list's order, as the rows and heading of the kind's 台账 sheet. */
export async function readLedgerSheet(store: AppStore, request: LedgerExportRequest, options: LedgerExportOptions = {}): Promise<LedgerSheetData> {
  const { signal, onProgress, pageSize = 1_000 } = options;
  const description = describeKind(request.kind);
  if (!description.ledgerColumns) throw new Error(`EXPORT_NOT_AVAILABLE: ${description.label}没有可导出的台账格式`);
  const settings = await store.settings.get();
  const ledger = settings.role === 'county' ? withTownshipColumn(description.ledgerColumns) : description.ledgerColumns;
  const { referenceNames, officerNames } = await lookups(store);
  const context = columnContext({
    values: description.fields.values, referenceNames, officerNames, showPersonal: exportShowsPersonalFields(settings.role),
  });
  const rows: LedgerCell[][] = [];
  // Counted once (an index count); a search has none and its first page may say how many it found.
  let total = await store.ledger.count(request.kind, request.filters);
  let after: string | undefined;
  do {
    signal?.throwIfAborted();
    const page = await store.ledger.list(request.kind, { ...request.filters, pageSize, after });
    for (const record of page.rows) rows.push(sheetRow(ledger, record, rows.length, context));
    total ??= page.total;
    after = page.nextCursor;
    onProgress?.({ phase: 'reading', done: rows.length, total });
    await yieldToBrowser();
  } while (after !== undefined);

  const township = settings.role === 'county' ? '全县' : (referenceNames[`township:${settings.townshipId}`] ?? settings.townshipId);
  const heading = sheetHeading({ sheetName: ledger.sheetName, township, filters: request.filtersInWords, exportedOn: localDateOf(store.clock()), count: rows.length });
  return { sheetName: ledger.sheetName, heading, columns: sheetColumns(ledger), rows };
}

export async function exportLedger(store: AppStore, request: LedgerExportRequest, options: LedgerExportOptions = {}): Promise<LedgerExportFile> {
  const sheet = await readLedgerSheet(store, request, options);
  const { signal, onProgress } = options;
  const bytes = await writeLedgerXlsx(sheet, { signal, onProgress: (done) => onProgress?.({ phase: 'writing', done, total: sheet.rows.length }) });
  return { fileName: sheet.heading.fileName, bytes, count: sheet.rows.length };
}
