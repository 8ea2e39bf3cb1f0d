// Says what a 临时案号 is, on the case it belongs to: the official sees why the number looks odd
// and that it will change (docs/decisions/008), before printing papers with it.
import { Alert } from '@mui/material';
import { isProvisionalCaseNumber } from '#shared/sync/index';

export function ProvisionalNumberNotice({ caseNumber }: { caseNumber: string }) {
  if (!isProvisionalCaseNumber(caseNumber)) return null;
  return (
    <Alert severity="info" sx={{ mb: 2 }} data-testid="provisional-number-notice">
      这是临时案号：保存时本机离线，县服务器预留的案号已用完。联网同步后会自动换为正式案号，并记入修改记录；换号前请勿在对外文书上使用此案号。
    </Alert>
  );
}
