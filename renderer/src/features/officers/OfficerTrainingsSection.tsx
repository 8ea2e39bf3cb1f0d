// 参加培训: the study sessions an officer took part in, with hours and exam score; each opens its record.
import { Alert, Link, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link as RouterLink } from 'wouter';
import { studyKindLabels } from '#shared/domain/labels';
import { recordHref } from '#shared/domain/kinds/index';
import { DetailSection } from '../../components/detail/DetailLayout';
import { describeError } from '../../components/feedback/describe-error';
import { useOfficerTrainings } from './useOfficerTrainings';

export function OfficerTrainingsSection({ officerId }: { officerId: string }) {
  const { data, error } = useOfficerTrainings(officerId);
  return (
    <DetailSection title="参加培训和学法">
      {error !== undefined && <Alert severity="error">读取学法记录失败：{describeError(error).message}</Alert>}
      {data && data.sessions.length === 0 && <Typography color="text.secondary">尚无参加培训或学法的记录</Typography>}
      {data && data.sessions.length > 0 && (
        <Table size="small" aria-label="参加培训和学法">
          <TableHead>
            <TableRow>
              {['日期', '类型', '主题', '学时', '考试成绩'].map((header) => <TableCell key={header} sx={{ fontWeight: 600 }}>{header}</TableCell>)}
            </TableRow>
          </TableHead>
          <TableBody>
            {data.sessions.map((session) => (
              <TableRow key={session.id}>
                <TableCell>{session.heldOn}</TableCell>
                <TableCell>{studyKindLabels[session.kind]}</TableCell>
                <TableCell><Link component={RouterLink} href={recordHref('studySession', session.id)}>{session.topic}</Link></TableCell>
                <TableCell>{session.hours}</TableCell>
                <TableCell>{session.participants.find((participant) => participant.officerId === officerId)?.examScore ?? '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {data && (data.sessions.length > 0 || !data.complete) && (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
          共 {data.sessions.length} 次{data.complete ? '' : `（只查找了最近 ${data.scanned} 次学法记录，更早的未列出）`}
        </Typography>
      )}
    </DetailSection>
  );
}
