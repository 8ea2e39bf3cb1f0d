// 修改 and 删除 on a record's page: 删除 asks first, moves the record to 回收站 (recoverable) and
// goes back to the list. Shown only for records not already in the recycle bin.
import { useState } from 'react';
import { Button } from '@mui/material';
import { useLocation } from 'wouter';
import type { LedgerKind } from '#shared/domain/schemas/index';
import { ConfirmDialog } from '../components/feedback/ConfirmDialog';
import { editHref, listHref } from '#shared/domain/kinds/index';
import { useActor } from './settings-context';
import { useAppStore } from './store-context';

export interface RecordActionsProps {
  kind: LedgerKind;
  recordId: string;
  /** e.g. 删除调解案件 */
  trashTitle: string;
  /** What the confirmation asks, naming the record. */
  trashMessage: string;
}

export function RecordActions({ kind, recordId, trashTitle, trashMessage }: RecordActionsProps) {
  const store = useAppStore();
  const actor = useActor();
  const [, navigate] = useLocation();
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <Button variant="contained" onClick={() => navigate(editHref(kind, recordId))}>修改</Button>
      <Button color="error" variant="outlined" onClick={() => setConfirming(true)}>删除</Button>
      <ConfirmDialog
        open={confirming}
        title={trashTitle}
        message={trashMessage}
        confirmLabel="删除"
        tone="error"
        onConfirm={async () => {
          await store.ledger.trash(kind, recordId, actor);
          navigate(listHref(kind));
        }}
        onClose={() => setConfirming(false)}
      />
    </>
  );
}
