// 回收站: deleted records of every kind, newest first; 恢复 brings one back after a confirmation.
import { useCallback, useMemo, useState } from 'react';
import { Box, Button, Tab, Tabs } from '@mui/material';
import { useLocation } from 'wouter';
import { ledgerKinds, type LedgerKind, type LedgerRecord } from '#shared/domain/schemas/index';
import { describeKind, recordHref } from '#shared/domain/kinds/index';
import { useActor } from '../../app/settings-context';
import { useAppStore } from '../../app/store-context';
import { ConfirmDialog } from '../../components/feedback/ConfirmDialog';
import { ListPage, type ListColumn } from '../../components/list/ListPage';
import type { CountQuery, ListQuery } from '../../store/contract';

export function TrashPage() {
  const store = useAppStore();
  const actor = useActor();
  const [, navigate] = useLocation();
  const [kind, setKind] = useState<LedgerKind>('mediationCase');
  const [restoring, setRestoring] = useState<LedgerRecord | null>(null);
  const [generation, setGeneration] = useState(0);
  // `generation` is a dependency on purpose: a restore changes the list, so a new loader reloads it.
  const load = useCallback(
    (query: ListQuery) => store.ledger.list(kind, { ...query, trashed: true, filter: undefined }).then((page) => ({ ...page, generation })),
    [store, kind, generation],
  );
  // A restore is a write the watch below reports, so the count follows it.
  const count = useCallback((query: CountQuery) => store.ledger.count(kind, { ...query, trashed: true, filter: undefined }), [store, kind]);
  const watch = useCallback((listener: () => void) => store.ledger.watch(kind, listener), [store, kind]);
  const { title, label } = describeKind(kind);
  const columns: ListColumn<LedgerRecord>[] = useMemo(() => [
    { header: '记录', render: (row) => title(row) },
    { header: '删除时间', render: (row) => new Date(row.updatedAt).toLocaleString('zh-CN', { hour12: false }), width: 180 },
    { header: '删除人', render: (row) => row.updatedBy.person, width: 120 },
    {
      header: '操作', width: 90,
      render: (row) => (
        <Button size="small" onClick={(event) => { event.stopPropagation(); setRestoring(row); }}
          aria-label={`恢复 ${title(row)}`}>恢复</Button>
      ),
    },
  ], [title]);

  return (
    <Box>
      <Tabs value={kind} onChange={(_, next: LedgerKind) => setKind(next)} sx={{ mb: 2 }} aria-label="记录类别">
        {ledgerKinds.map((each) => <Tab key={each} value={each} label={describeKind(each).label} />)}
      </Tabs>
      <ListPage<LedgerRecord>
        key={kind}
        title={`回收站 · ${label}`}
        load={load}
        count={count}
        watch={watch}
        columns={columns}
        searchLabel="搜索"
        onOpen={(row) => navigate(recordHref(kind, row.id))}
        rowLabel={(row) => ('caseNumber' in row ? row.caseNumber : title(row))}
        emptyText="回收站是空的"
      />
      <ConfirmDialog
        open={restoring !== null}
        title="恢复记录"
        message={restoring ? `确定恢复「${title(restoring)}」？恢复后它会回到${label}列表中。` : ''}
        confirmLabel="恢复"
        onConfirm={async () => {
          if (!restoring) return;
          await store.ledger.restore(kind, restoring.id, actor);
          setGeneration((value) => value + 1);
        }}
        onClose={() => setRestoring(null)}
      />
    </Box>
  );
}
