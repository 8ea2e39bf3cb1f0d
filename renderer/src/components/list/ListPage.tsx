// A ledger list: search (debounced), one filter, a date range, a newest-first table with keyset
// paging (上一页/下一页), the total when the store knows it, an empty state, and no flashing while loading.
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import {
  Alert, Box, Button, LinearProgress, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography,
} from '@mui/material';
import { useSearch } from 'wouter';
import { listLinkCriteria } from '#shared/domain/county/list-link';
import type { DomainIssue } from '#shared/domain/issue';
import type { LedgerKind } from '#shared/domain/schemas/index';
import type { CountQuery, ListQuery } from '../../store/contract';
import { useAsync } from '../async/useAsync';
import { useDebouncedValue } from '../async/useDebouncedValue';
import { describeError } from '../feedback/describe-error';
import { LoadingState } from '../feedback/LoadingState';
import { criteriaInWords } from './criteria-words';
import { emptyCriteria, ListToolbar, parseFilter, type FilterGroup, type ListCriteria } from './ListToolbar';
import { useKeysetPages, type LoadedPage } from './useKeysetPages';
import { RecordSyncChip, useRecordSyncStates } from './useRecordSyncStates';
import { RowIssuesIcon } from './RowIssuesIcon';
import { useReloadOnChange, type WatchChanges } from './useReloadOnChange';

export interface ListColumn<Row> {
  header: string;
  render: (row: Row) => ReactNode;
  width?: number | string;
  /** Keep the cell on one line (case numbers must not break mid-number). */
  nowrap?: boolean;
  /** Narrowest the column may get: names must not stack one character per line when the window is narrow. */
  minWidth?: number;
}

export interface ListPageProps<Row extends { id: string }> {
  title: string;
  /** Fetches one page; build it on store.ledger.list (add `trashed: true` for the recycle bin). */
  load: (query: ListQuery) => Promise<LoadedPage<Row>>;
  /** 共 N 条 of the list's filters (store.ledger.count): asked beside the pages, shown when it arrives. */
  count?: (query: CountQuery) => Promise<number | undefined>;
  columns: ListColumn<Row>[];
  onOpen?: (row: Row) => void;
  searchLabel?: string;
  filterGroups?: FilterGroup[];
  dateLabel?: string;
  pageSize?: number;
  /** Buttons beside the title, e.g. 新建. */
  actions?: ReactNode;
  emptyText?: string;
  /** What a row is called for screen readers and tests, e.g. its case number. */
  rowLabel?: (row: Row) => string;
  /** Keeps search, filter and dates for this session under this key, so coming back from a record finds them again. */
  stateKey?: string;
  /** The ledger the rows belong to: adds a 同步 column (已同步 / 待同步 / 有冲突) once the device is enrolled. */
  syncKind?: LedgerKind;
  /** Tells of changes to the listed records (store.ledger.watch): the page on screen is read again. */
  watch?: WatchChanges;
  /** What the rules hold against a row (warnings, or what an older record now breaks): adds a 提醒 column. */
  rowIssues?: (row: Row) => readonly DomainIssue[];
  /** An action on what the list shows (导出 Excel): handed the list's filters, as the store takes them and in words. */
  exportAction?: (view: ListView) => ReactNode;
  /** An action that adds records to the list (导入 Excel). */
  importAction?: ReactNode;
}

/** What the list shows, for an action on all of it (every page), not only the page on screen. */
export interface ListView {
  filters: Omit<ListQuery, 'pageSize' | 'after' | 'trashed'>;
  filtersInWords: { label: string; value: string }[];
}

const SEARCH_DELAY_MS = 300;
const noFilterGroups: FilterGroup[] = [];

/** The filters the address sets (a drill-down from 全县概览, decision 026) win over those remembered. */
function useRememberedCriteria(stateKey: string | undefined): [ListCriteria, (criteria: ListCriteria) => void] {
  const storageKey = `taizhang.list.${stateKey}`;
  const search = useSearch();
  const [criteria, setCriteria] = useState<ListCriteria>(() => {
    const linked = listLinkCriteria(search);
    if (linked) return { ...emptyCriteria, ...linked };
    const saved = stateKey ? sessionStorage.getItem(storageKey) : null;
    return saved ? { ...emptyCriteria, ...(JSON.parse(saved) as Partial<ListCriteria>) } : emptyCriteria;
  });
  // The address's filters are taken once: kept like the official's own, and taken off the address, which
  // the hash router would otherwise carry along to every page opened after (a list there would take them too).
  useEffect(() => {
    if (!listLinkCriteria(search)) return;
    if (stateKey) sessionStorage.setItem(storageKey, JSON.stringify(criteria));
    const url = new URL(location.href);
    url.search = '';
    history.replaceState(history.state, '', url.href);
    // Once, on opening: criteria and search are read as they were then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const remember = useCallback((next: ListCriteria) => {
    setCriteria(next);
    if (stateKey) sessionStorage.setItem(storageKey, JSON.stringify(next));
  }, [stateKey, storageKey]);
  return [criteria, remember];
}

export function ListPage<Row extends { id: string }>(props: ListPageProps<Row>) {
  const { title, load, count, columns, onOpen, searchLabel, filterGroups = noFilterGroups, dateLabel, pageSize = 20, actions, emptyText = '没有符合条件的记录', rowLabel, stateKey, syncKind, watch, rowIssues, exportAction, importAction } = props;
  const [criteria, setCriteria] = useRememberedCriteria(stateKey);
  const search = useDebouncedValue(criteria.search.trim(), SEARCH_DELAY_MS);
  const query = useMemo(() => ({ search, filter: criteria.filter, from: criteria.from, to: criteria.to }), [search, criteria.filter, criteria.from, criteria.to]);
  const queryKey = JSON.stringify(query);
  // The export reads these very filters (the debounced search included), so it holds what the list shows.
  const filters = useMemo(() => ({
    search: query.search || undefined,
    filter: parseFilter(query.filter),
    from: query.from || undefined,
    to: query.to || undefined,
  }), [query]);
  const loadPage = useCallback((after: string | undefined) => load({ pageSize, after, ...filters }), [load, pageSize, filters]);
  const view: ListView = { filters, filtersInWords: criteriaInWords(query, filterGroups, dateLabel) };
  const pages = useKeysetPages<Row>(queryKey, loadPage);
  // The count reads the whole index range, so the first page never waits for it (decision 047).
  const countFilters = useCallback(() => (count ? count(filters) : Promise.resolve(undefined)), [count, filters]);
  const counted = useAsync(countFilters);
  const { reload: reloadPages } = pages;
  const { reload: reloadCount } = counted;
  const reload = useCallback(() => { reloadPages(); reloadCount(); }, [reloadPages, reloadCount]);
  useReloadOnChange(watch, reload);
  const total = pages.page?.total ?? (counted.loading ? undefined : counted.data);
  const rows = useMemo(() => pages.page?.rows ?? [], [pages.page]);
  const rowIds = useMemo(() => rows.map((row) => row.id), [rows]);
  const syncStates = useRecordSyncStates(syncKind, rowIds);

  return (
    <Box>
      <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', mb: 2, gap: 1 }}>
        <Typography variant="h5" component="h1" sx={{ flexGrow: 1 }}>{title}</Typography>
        {importAction}
        {exportAction?.(view)}
        {actions}
      </Box>
      <ListToolbar criteria={criteria} onChange={setCriteria} searchLabel={searchLabel} filterGroups={filterGroups} dateLabel={dateLabel} />
      {pages.error !== undefined && <Alert severity="error" sx={{ mb: 2 }}>读取列表失败：{describeError(pages.error).message}</Alert>}
      {!pages.page && pages.loading ? <LoadingState /> : (
        <Paper variant="outlined" sx={{ position: 'relative' }}>
          {/* Shown only when a load takes a moment: fast loads do not flicker. */}
          {pages.loading && <LinearProgress aria-label="正在加载" sx={{ position: 'absolute', top: 0, left: 0, right: 0, animation: 'taizhang-late 0s linear 0.25s both', '@keyframes taizhang-late': { from: { opacity: 0 }, to: { opacity: 1 } } }} />}
          <TableContainer>
            {/* Narrow side padding: on a 1024-pixel screen seven columns then fit beside the navigation. */}
            <Table size="small" aria-label={title} sx={{ '& .MuiTableCell-root': { px: 1.25 } }}>
              <TableHead>
                {/* Headers are short words: each stays on one line (a narrow window scrolls the table sideways
                    rather than stacking 当事人 one character per line). */}
                <TableRow sx={{ '& .MuiTableCell-head': { fontWeight: 600, whiteSpace: 'nowrap' } }}>
                  {columns.map((column) => <TableCell key={column.header} sx={{ width: column.width, minWidth: column.minWidth }}>{column.header}</TableCell>)}
                  {rowIssues && <TableCell sx={{ width: 56 }}>提醒</TableCell>}
                  {syncStates && <TableCell sx={{ width: 84 }}>同步</TableCell>}
                </TableRow>
              </TableHead>
              <TableBody sx={{ opacity: pages.loading ? 0.6 : 1, transition: 'opacity 0.2s 0.25s' }}>
                {rows.map((row) => (
                  <TableRow key={row.id} hover={Boolean(onOpen)} tabIndex={onOpen ? 0 : undefined} aria-label={rowLabel?.(row)}
                    sx={{ cursor: onOpen ? 'pointer' : undefined }}
                    onClick={() => onOpen?.(row)}
                    onKeyDown={(event) => { if (event.key === 'Enter') onOpen?.(row); }}>
                    {columns.map((column) => <TableCell key={column.header} sx={column.nowrap ? { whiteSpace: 'nowrap' } : undefined}>{column.render(row)}</TableCell>)}
                    {rowIssues && <TableCell><RowIssuesIcon issues={rowIssues(row)} /></TableCell>}
                    {syncStates && <TableCell sx={{ whiteSpace: 'nowrap' }}><RecordSyncChip state={syncStates.get(row.id)} recordId={row.id} /></TableCell>}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          {pages.page?.partialSearch && <Alert severity="info" sx={{ m: 1 }}>{pages.page.partialSearch.message}</Alert>}
          {rows.length === 0 && !pages.loading && (
            <Typography color="text.secondary" sx={{ p: 4, textAlign: 'center' }}>{emptyText}</Typography>
          )}
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, p: 1, borderTop: 1, borderColor: 'divider' }}>
            <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }} aria-live="polite">
              {total !== undefined ? `共 ${total} 条，` : ''}第 {pages.pageNumber} 页
            </Typography>
            <Button size="small" onClick={pages.previous} disabled={!pages.hasPrevious || pages.loading}>上一页</Button>
            <Button size="small" onClick={pages.next} disabled={!pages.hasNext || pages.loading}>下一页</Button>
          </Box>
        </Paper>
      )}
    </Box>
  );
}
