// The sections of a mediation case's detail page. Personal data stays masked until 「显示」.
import { Box, Divider, Typography } from '@mui/material';
import {
  agreementFormLabels, genderLabels, judicialConfirmationResultLabels, partyKindLabels, partyRoleLabels, performanceLabels,
} from '#shared/domain/labels';
import type { MediationCase } from '#shared/domain/schemas/index';
import { DetailSection } from '../../components/detail/DetailLayout';
import { FieldGrid, type FieldItem } from '../../components/detail/FieldGrid';
import { RevealableValue } from '../../components/detail/MaskedValue';

export function PartiesDetails({ record }: { record: MediationCase }) {
  const personal = new Map(record.personal.parties.map((entry) => [entry.partyId, entry]));
  return (
    <DetailSection title="当事人">
      {record.parties.map((party, index) => (
        <Box key={party.partyId}>
          {index > 0 && <Divider sx={{ my: 1.5 }} />}
          <FieldGrid items={[
            { label: '姓名', value: `${party.name}（${partyRoleLabels[party.role]}，${partyKindLabels[party.kind]}）` },
            { label: '性别', value: party.gender ? genderLabels[party.gender] : undefined },
            { label: '民族', value: party.ethnicity },
            { label: '年龄', value: party.age },
            { label: '职业', value: party.occupation },
            { label: '身份证号码', value: <RevealableValue kind="idNumber" value={personal.get(party.partyId)?.idNumber} label={`${party.name}的身份证号码`} /> },
            { label: '联系电话', value: <RevealableValue kind="phone" value={personal.get(party.partyId)?.phone} label={`${party.name}的联系电话`} /> },
            { label: party.kind === 'organisation' ? '住所地' : '住址', value: personal.get(party.partyId)?.address, wide: true },
            ...(party.kind === 'organisation' ? [{ label: '法定代表人或主要负责人', value: record.legalRepresentatives?.[party.partyId] }] : []),
          ]} />
        </Box>
      ))}
    </DetailSection>
  );
}

export function SessionsDetails({ record }: { record: MediationCase }) {
  return (
    <DetailSection title="调解记录">
      {record.sessions.length === 0 && <Typography color="text.secondary">尚未记录调解过程</Typography>}
      {record.sessions.map((session, index) => (
        <Box key={`${session.date}-${index}`} sx={{ mb: 1.5 }}>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>第 {index + 1} 次 · {session.date}{session.place ? ` · ${session.place}` : ''}</Typography>
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>{session.record}</Typography>
        </Box>
      ))}
    </DetailSection>
  );
}

export function AgreementDetails({ record }: { record: MediationCase }) {
  const agreement = record.agreement;
  if (!agreement) return null;
  return (
    <DetailSection title="调解协议">
      <FieldGrid items={[
        { label: '协议形式', value: agreementFormLabels[agreement.form] },
        { label: '协议签订日期', value: agreement.signedOn },
        { label: '协议涉及金额（元）', value: agreement.amount?.toLocaleString('zh-CN') },
        { label: '纠纷主要事实、争议事项及各方责任', value: agreement.facts, wide: true },
        { label: '协议内容', value: agreement.terms, wide: true },
        { label: '履行方式', value: agreement.performanceMethod },
        { label: '履行期限', value: agreement.performanceDeadline },
        { label: '履行地点', value: agreement.performancePlace },
        { label: '履行情况', value: agreement.performance ? performanceLabels[agreement.performance] : undefined },
        ...(agreement.form === 'written' ? originalsItems(agreement.originals) : []),
      ]} />
    </DetailSection>
  );
}

const yesNo = (value: boolean | undefined) => (value === undefined ? undefined : value ? '是' : '否');

/** 人民调解法 art. 29(2): what the signed originals show. */
function originalsItems(originals: NonNullable<MediationCase['agreement']>['originals']): FieldItem[] {
  return [
    { label: '当事人签名、盖章或按指印', value: yesNo(originals?.partiesSigned) },
    { label: '调解员签名', value: yesNo(originals?.mediatorsSigned) },
    { label: '加盖调解委员会印章', value: yesNo(originals?.sealed) },
    { label: '协议书份数', value: originals?.copies },
  ];
}

export function ClosingDetails({ record }: { record: MediationCase }) {
  const confirmation = record.judicialConfirmation;
  return (
    <DetailSection title="结案、回访与司法确认">
      <FieldGrid items={[
        { label: '结案日期', value: record.closedOn },
        { label: '结案说明', value: record.closingNote, wide: true },
        { label: '申请司法确认日期', value: confirmation?.appliedOn },
        { label: '受理法院', value: confirmation?.court },
        { label: '司法确认结果', value: confirmation?.result ? judicialConfirmationResultLabels[confirmation.result] : undefined },
        { label: '移交单位', value: record.referral?.to },
        { label: '移交日期', value: record.referral?.on },
        { label: '移交原因', value: record.referral?.reason },
      ]} />
      {record.returnVisits.map((visit, index) => (
        <Box key={`${visit.date}-${index}`} sx={{ mt: 1.5 }}>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            回访 {index + 1} · {visit.date} · {visit.visitor}{visit.performance ? ` · ${performanceLabels[visit.performance]}` : ''}
          </Typography>
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>{visit.note}</Typography>
        </Box>
      ))}
    </DetailSection>
  );
}
