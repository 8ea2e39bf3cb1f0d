// The sections of a study session's detail page: the laws by name, and who attended (with exam scores).
import { Link as MuiLink, List, ListItem, ListItemText, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link } from 'wouter';
import type { Officer, ReferenceData, StudySession } from '#shared/domain/schemas/index';
import { recordHref } from '#shared/domain/kinds/index';
import { DetailSection } from '../../components/detail/DetailLayout';
import { lawsById } from './law-options';

export function LawsDetails({ record, laws }: { record: StudySession; laws: readonly ReferenceData[] }) {
  const studied = lawsById(laws, record.lawIds);
  return (
    <DetailSection title="所学法律法规">
      {studied.length === 0 ? <Typography color="text.secondary">未选择法律法规</Typography> : (
        <List dense disablePadding aria-label="所学法律法规">
          {studied.map((law, index) => (
            <ListItem key={law.id} disableGutters divider={index < studied.length - 1}>
              <ListItemText primary={`《${law.name}》`} secondary={law.active ? undefined : '目录中已停用或不存在'} />
            </ListItem>
          ))}
        </List>
      )}
    </DetailSection>
  );
}

export function ParticipantsDetails({ record, officers }: { record: StudySession; officers: readonly Officer[] }) {
  const byId = new Map(officers.map((officer) => [officer.id, officer]));
  const withScores = record.participants.some((participant) => participant.examScore !== undefined);
  return (
    <DetailSection title={`参加人员（${record.participants.length} 人）`}>
      {record.participants.length === 0 ? <Typography color="text.secondary">未登记参加人员</Typography> : (
        <Table size="small" aria-label="参加人员">
          <TableHead>
            <TableRow>
              <TableCell sx={{ fontWeight: 600 }}>姓名</TableCell>
              <TableCell sx={{ fontWeight: 600 }}>执法人员</TableCell>
              {withScores && <TableCell sx={{ fontWeight: 600 }}>考试成绩</TableCell>}
            </TableRow>
          </TableHead>
          <TableBody>
            {record.participants.map((participant, index) => {
              const officer = participant.officerId ? byId.get(participant.officerId) : undefined;
              return (
                <TableRow key={`${participant.name}-${index}`}>
                  <TableCell>{participant.name}</TableCell>
                  <TableCell>
                    {officer ? <MuiLink component={Link} href={recordHref('officer', officer.id)}>{officer.name}（{officer.certificateNumber}）</MuiLink>
                      : participant.officerId ? '（执法人员记录已删除）' : '—'}
                  </TableCell>
                  {withScores && <TableCell>{participant.examScore ?? '—'}</TableCell>}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </DetailSection>
  );
}
