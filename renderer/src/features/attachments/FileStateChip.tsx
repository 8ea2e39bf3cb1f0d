// An attachment's state in words: 本机 / 待上传 / 已上传 / 需下载 (with progress while it moves).
import { Chip, Tooltip } from '@mui/material';
import type { FileState } from '../../files/file-sync';

const percent = (part: number | undefined, size: number) => (part === undefined || size === 0 ? '' : ` ${Math.floor((part / size) * 100)}%`);

export function FileStateChip({ state, size }: { state: FileState | undefined; size: number }) {
  if (!state) return <Chip size="small" label="…" variant="outlined" />;
  switch (state.kind) {
    case 'local':
      return <Tooltip title="本机尚未登记同步，附件只在这台电脑上"><Chip size="small" label="本机" variant="outlined" /></Tooltip>;
    case 'pending':
      return state.failure
        ? <Tooltip title={state.failure.message}><Chip size="small" color="error" label="待上传（受阻）" /></Tooltip>
        : <Chip size="small" color="warning" variant="outlined" label={`待上传${percent(state.sent, size)}`} />;
    case 'uploaded':
      return <Chip size="small" color="success" variant="outlined" label="已上传" />;
    case 'missing':
      return <Chip size="small" color="info" variant="outlined" label={state.downloading ? `下载中${percent(state.received, size)}` : '需下载'} />;
  }
}
