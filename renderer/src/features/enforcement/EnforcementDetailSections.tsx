// The sections of an enforcement case's detail page. Personal data stays masked until 「显示」.
import { Box, Link, List, ListItem, ListItemText, Typography } from '@mui/material';
import { Link as RouterLink } from 'wouter';
import {
  decisionOutcomeLabels, enforcementStageLabels, legalReviewOpinionLabels, officerStatusLabels, partyKindLabels, publicityChangeKindLabels,
  recordingMediumLabels,
} from '#shared/domain/labels';
import type { EnforcementCase } from '#shared/domain/schemas/index';
import { recordHref } from '#shared/domain/kinds/index';
import { DetailSection } from '../../components/detail/DetailLayout';
import { FieldGrid } from '../../components/detail/FieldGrid';
import { RevealableValue } from '../../components/detail/MaskedValue';
import { CertificateChip } from '../officers/certificate-validity';
import { reviewerQualificationLabels, reviewerQualificationOf } from './procedure-values';
import { useCaseOfficers } from './useCaseOfficers';

export function PartyDetails({ record }: { record: EnforcementCase }) {
  const { party, personal } = record;
  const organisation = party.kind === 'organisation';
  return (
    <DetailSection title="当事人">
      <FieldGrid items={[
        { label: organisation ? '单位名称' : '姓名', value: `${party.name}（${partyKindLabels[party.kind]}）` },
        ...(organisation ? [
          { label: '统一社会信用代码', value: party.creditCode },
          { label: '法定代表人', value: party.legalRepresentative },
        ] : [
          { label: '身份证号码', value: <RevealableValue kind="idNumber" value={personal.idNumber} label={`${party.name}的身份证号码`} /> },
        ]),
        { label: '联系电话', value: <RevealableValue kind="phone" value={personal.phone} label={`${party.name}的联系电话`} /> },
        { label: organisation ? '地址' : '住址', value: personal.address, wide: true },
      ]} />
    </DetailSection>
  );
}

export function OfficersDetails({ record, today }: { record: EnforcementCase; today: string }) {
  const { data } = useCaseOfficers(record.officerIds);
  return (
    <DetailSection title="执法人员">
      {record.officerIds.length === 0 && <Typography color="text.secondary">尚未选择执法人员</Typography>}
      <List dense disablePadding aria-label="执法人员名单">
        {(data ?? []).map(({ id, officer }) => (
          <ListItem key={id} disableGutters divider>
            {officer ? (
              <ListItemText
                primary={<Box component="span" sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
                  <Link component={RouterLink} href={recordHref('officer', id)}>{officer.name}</Link>
                  <span>执法证 {officer.certificateNumber}</span>
                  <span>有效期至 {officer.certificateExpiresOn}</span>
                  <CertificateChip expiresOn={officer.certificateExpiresOn} today={today} />
                  {officer.status !== 'active' && <Typography component="span" variant="body2" color="warning.main">{officerStatusLabels[officer.status]}</Typography>}
                  {officer.trashed && <Typography component="span" variant="body2" color="error">已删除</Typography>}
                </Box>}
                secondary={officer.unit}
              />
            ) : <ListItemText primary={`未知人员（${id}）`} secondary="不在执法人员名录中" />}
          </ListItem>
        ))}
      </List>
    </DetailSection>
  );
}

export function DecisionDetails({ record }: { record: EnforcementCase }) {
  const { decision, legalReview, publicity } = record;
  const qualification = reviewerQualificationOf(legalReview);
  return (
    <DetailSection title="执法决定、法制审核与公示">
      <FieldGrid items={[
        { label: '决定结果', value: decision ? decisionOutcomeLabels[decision.outcome] : '尚未决定' },
        { label: '罚款金额（元）', value: decision?.fineAmount?.toLocaleString('zh-CN') },
        { label: '决定书文号', value: decision?.documentNumber },
        { label: '决定内容', value: decision?.content, wide: true },
        { label: '履行方式和期限', value: decision?.performance },
        { label: '复议、诉讼的途径和期限', value: decision?.remedies },
        { label: '作出决定的行政机关', value: decision?.agencyName },
        { label: '决定书盖章日期', value: decision?.sealedOn },
        ...(decision?.place ? [{ label: '处罚地点', value: decision.place }] : []),
        { label: '重大执法决定', value: record.major ? '是（须经法制审核）' : '否' },
        { label: '法制审核日期', value: legalReview?.reviewedOn },
        { label: '法制审核人员', value: legalReview?.reviewer },
        { label: '法制审核意见', value: legalReview ? legalReviewOpinionLabels[legalReview.opinion] : undefined },
        { label: '审核人员资格', value: qualification ? reviewerQualificationLabels[qualification] : undefined },
        { label: '审核意见说明', value: legalReview?.note, wide: true },
        { label: '公示日期', value: publicity?.publishedOn },
        { label: '公示渠道', value: publicity?.channel },
        ...(publicity?.changedOn ? [
          { label: '决定变更情形', value: `${publicity.changedOn} ${publicity.changeKind ? publicityChangeKindLabels[publicity.changeKind] : ''}` },
          { label: '撤回公示日期', value: publicity.withdrawnOn ?? '尚未撤回' },
        ] : []),
      ]} />
    </DetailSection>
  );
}

export function RecordingsDetails({ record }: { record: EnforcementCase }) {
  return (
    <DetailSection title="全过程记录">
      {record.recordings.length === 0 && <Typography color="text.secondary">尚未登记执法全过程记录</Typography>}
      <List dense disablePadding aria-label="全过程记录">
        {record.recordings.map((recording, index) => (
          <ListItem key={`${recording.stage}-${index}`} disableGutters divider>
            <ListItemText primary={recording.description} secondary={`${enforcementStageLabels[recording.stage]} · ${recordingMediumLabels[recording.medium]}`} />
          </ListItem>
        ))}
      </List>
    </DetailSection>
  );
}
