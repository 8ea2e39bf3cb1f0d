// The detail page's 告知与防止激化 and 卷宗 (decision 017); the 卷宗's documents as a checklist.
import { Checkbox, FormControlLabel, FormGroup, Typography } from '@mui/material';
import { archiveDocumentLabels, archiveKeepingPeriodLabels, rightsNoticeFormLabels } from '#shared/domain/labels';
import type { MediationCase } from '#shared/domain/schemas/index';
import type { ArchiveDocument } from '#shared/domain/schemas/mediation-case';
import { DetailSection } from '../../components/detail/DetailLayout';
import { FieldGrid } from '../../components/detail/FieldGrid';

export function SafeguardsDetails({ record }: { record: MediationCase }) {
  const escalation = record.escalation;
  return (
    <DetailSection title="权利义务告知与防止激化">
      <FieldGrid items={[
        { label: '权利义务告知日期', value: record.rightsNotice?.givenOn },
        { label: '告知方式', value: record.rightsNotice?.form ? rightsNoticeFormLabels[record.rightsNotice.form] : undefined },
        { label: '纠纷有激化可能', value: escalation?.risk ? '是' : '否' },
        ...(escalation?.risk ? [
          { label: '已采取的预防措施', value: escalation.measures, wide: true },
          { label: '报告日期', value: escalation.reportedOn },
          { label: '报告的公安机关或有关部门', value: escalation.reportedTo },
        ] : []),
      ]} />
    </DetailSection>
  );
}

export function ArchiveDetails({ record }: { record: MediationCase }) {
  const archive = record.archive;
  const held = new Set<ArchiveDocument>(archive?.documents ?? []);
  return (
    <DetailSection title="卷宗">
      <FieldGrid items={[
        { label: '卷号', value: archive?.volumeNumber },
        { label: '保管期限', value: archive?.keepingPeriod ? archiveKeepingPeriodLabels[archive.keepingPeriod] : undefined },
        { label: '归档日期', value: archive?.archivedOn },
      ]} />
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1.5 }}>卷内材料</Typography>
      {/* Read-only here: the checklist is ticked in 修改. */}
      <FormGroup row aria-label="卷内材料">
        {(Object.entries(archiveDocumentLabels) as [ArchiveDocument, string][]).map(([document, label]) => (
          <FormControlLabel key={document} label={label} disabled control={<Checkbox checked={held.has(document)} size="small" />} />
        ))}
      </FormGroup>
    </DetailSection>
  );
}
