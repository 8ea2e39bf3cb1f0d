// 确认知悉: the official says why a warning may stand (e.g. 已经负责人批准延长期限). The reason is
// required and kept in 修改记录 with their name; the store checks it again and refuses errors.
import { useState } from 'react';
import { TextField } from '@mui/material';
import { acknowledgementReasonIssues, ACK_REASON_MAX } from '#shared/domain/rules/acknowledgement';
import type { DomainIssue } from '#shared/domain/issue';
import { withoutUnstorableText } from '#shared/domain/text/storable-text';
import { ConfirmDialog } from '../components/feedback/ConfirmDialog';

export interface AcknowledgeDialogProps {
  warning: DomainIssue | null;
  /** Resolves with the store's refusals; empty when kept. */
  onAcknowledge: (warning: DomainIssue, reason: string) => Promise<DomainIssue[]>;
  onClose: () => void;
}

export function AcknowledgeDialog({ warning, onAcknowledge, onClose }: AcknowledgeDialogProps) {
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const problem = tried ? acknowledgementReasonIssues(reason)[0] : undefined;
  const close = () => {
    setReason('');
    setTried(false);
    onClose();
  };
  const ready = () => {
    setTried(true);
    return warning !== null && acknowledgementReasonIssues(reason).length === 0;
  };
  const confirm = async () => {
    if (!warning) return;
    const refused = await onAcknowledge(warning, reason);
    if (refused.length > 0) throw new Error(`${refused[0]?.code ?? 'ACK_REFUSED'}: ${refused.map((issue) => issue.message).join('；')}`);
    setReason('');
    setTried(false);
  };
  return (
    <ConfirmDialog
      open={warning !== null}
      title="确认知悉这条提醒"
      confirmLabel="确认知悉"
      onConfirm={confirm}
      onClose={close}
      ready={ready}
      message={
        <>
          <p>{warning?.message}</p>
          <p>确认后提醒仍会保留在记录上，并注明确认人、时间和理由，写入修改记录。</p>
          <TextField
            label="理由"
            value={reason}
            onChange={(event) => setReason(withoutUnstorableText(event.target.value))}
            error={problem !== undefined}
            helperText={problem?.message ?? `例如：已经负责人批准延长期限（最多 ${ACK_REASON_MAX} 字）`}
            multiline
            minRows={2}
            fullWidth
            autoFocus
            slotProps={{ htmlInput: { 'aria-label': '确认理由' } }}
          />
        </>
      }
    />
  );
}
