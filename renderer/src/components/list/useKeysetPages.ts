// Keyset paging (上一页/下一页) over a store list: a stack of cursors, reset whenever the query changes.
// The rows of the last page stay on screen while the next one loads.
import { useCallback, useMemo, useState } from 'react';
import { useAsync } from '../async/useAsync';

export interface LoadedPage<Row> {
  rows: Row[];
  nextCursor?: string;
  total?: number;
  /** The store's note that a search looked at part of the ledger only (ListPage.partialSearch). */
  partialSearch?: { message: string };
}

export interface KeysetPages<Row> {
  page: LoadedPage<Row> | undefined;
  error: unknown;
  loading: boolean;
  /** 1-based number of the page whose rows are on screen. */
  pageNumber: number;
  hasPrevious: boolean;
  hasNext: boolean;
  next: () => void;
  previous: () => void;
  reload: () => void;
}

/** `queryKey` identifies the filters; `load` fetches the page after a cursor (undefined = first page). */
export function useKeysetPages<Row>(queryKey: string, load: (after: string | undefined) => Promise<LoadedPage<Row>>): KeysetPages<Row> {
  const [paging, setPaging] = useState<{ queryKey: string; cursors: (string | undefined)[] }>({ queryKey, cursors: [undefined] });
  const cursors = useMemo(() => (paging.queryKey === queryKey ? paging.cursors : [undefined]), [paging, queryKey]);
  const after = cursors.at(-1);
  const pageNumber = cursors.length;
  // The number travels with the rows, so the footer never names a page whose rows have not arrived.
  const loadPage = useCallback(() => load(after).then((page) => ({ page, pageNumber })), [load, after, pageNumber]);
  const { data, error, loading, reload } = useAsync(loadPage);
  const settledNext = loading ? undefined : data?.page.nextCursor;
  return {
    page: data?.page,
    error,
    loading,
    pageNumber: data?.pageNumber ?? 1,
    hasPrevious: cursors.length > 1,
    hasNext: settledNext !== undefined,
    next: () => settledNext !== undefined && setPaging({ queryKey, cursors: [...cursors, settledNext] }),
    previous: () => cursors.length > 1 && setPaging({ queryKey, cursors: cursors.slice(0, -1) }),
    reload,
  };
}
