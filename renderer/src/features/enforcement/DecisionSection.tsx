// 执法决定, 法制审核 (重大执法决定, art. 58: reviewed before the decision) and 执法公示 (三项制度).
import { Typography } from '@mui/material';
import { useFormContext, useWatch } from 'react-hook-form';
import { publicityWorkingDays } from '#shared/domain/deadlines/periods';
import { decisionOutcomeLabels, legalReviewOpinionLabels, publicityChangeKindLabels } from '#shared/domain/labels';
import { DateField, EnumSelect, NumberInput, TextInput } from '../../components/fields/form-fields';
import { FieldRow, FormSection } from '../../components/form/FormSection';
import { CheckboxField } from './CheckboxField';
import type { EnforcementFormValues } from './form-values';
import { reviewerQualificationLabels } from './procedure-values';

export function DecisionSection() {
  const { control } = useFormContext<EnforcementFormValues>();
  const procedure = useWatch({ control, name: 'procedure' });
  return (
    <FormSection title="执法决定">
      <FieldRow>
        <EnumSelect name="decision.outcome" label="决定结果" labels={decisionOutcomeLabels} allowEmpty emptyLabel="（尚未决定）" />
        <NumberInput name="decision.fineAmount" label="罚款金额（元）" min={0} />
        <TextInput name="decision.documentNumber" label="决定书文号" />
      </FieldRow>
      <TextInput name="decision.content" label="决定内容" multiline minRows={2} />
      <FieldRow>
        <TextInput name="decision.performance" label="履行方式和期限" helperText="决定书载明的缴纳罚款等方式和期限" />
        <TextInput name="decision.remedies" label="复议、诉讼的途径和期限" helperText="如：六十日内申请行政复议，六个月内提起行政诉讼" />
      </FieldRow>
      <FieldRow>
        <TextInput name="decision.agencyName" label="作出决定的行政机关" />
        <DateField name="decision.sealedOn" label="决定书盖章日期" />
      </FieldRow>
      {procedure === 'simple' && (
        <TextInput name="decision.place" label="处罚地点" helperText="当场处罚决定书载明作出处罚的地点（行政处罚法第五十二条）" />
      )}
    </FormSection>
  );
}

export function LegalReviewSection() {
  const { control } = useFormContext<EnforcementFormValues>();
  const major = useWatch({ control, name: 'major' });
  return (
    <FormSection title="法制审核">
      <CheckboxField name="major" label="重大执法决定"
        helperText="涉及重大公共利益、经过听证程序或案情复杂等情形，作出决定前须经法制审核（行政处罚法第五十八条）" />
      <Typography variant="body2" color="text.secondary" sx={{ my: 1 }}>
        {major ? '重大执法决定：请填写法制审核情况，审核日期不得晚于决定日期，审核意见须为“同意”。' : '非重大执法决定也可登记法制审核情况。'}
      </Typography>
      <FieldRow>
        <DateField name="legalReview.reviewedOn" label="法制审核日期" />
        <TextInput name="legalReview.reviewer" label="法制审核人员" />
        <EnumSelect name="legalReview.opinion" label="法制审核意见" labels={legalReviewOpinionLabels} allowEmpty emptyLabel="（请选择）" />
        <EnumSelect name="legalReview.qualification" label="审核人员资格" labels={reviewerQualificationLabels} allowEmpty emptyLabel="（未注明）"
          helperText="初次从事法制审核的人员须取得法律职业资格（行政处罚法第五十八条）" />
      </FieldRow>
      <TextInput name="legalReview.note" label="审核意见说明" multiline minRows={2} />
    </FormSection>
  );
}

export function PublicitySection() {
  const { control } = useFormContext<EnforcementFormValues>();
  const category = useWatch({ control, name: 'category' });
  return (
    <FormSection title="执法公示">
      <FieldRow>
        <DateField name="publicity.publishedOn" label="公示日期"
          helperText={`执法决定作出后${publicityWorkingDays(category)}个工作日内公示`} />
        <TextInput name="publicity.channel" label="公示渠道" helperText="如：政府网站、行政执法信息公示平台" />
      </FieldRow>
      <FieldRow>
        <DateField name="publicity.changedOn" label="决定被变更或撤销的日期" />
        <EnumSelect name="publicity.changeKind" label="变更情形" labels={publicityChangeKindLabels} allowEmpty emptyLabel="（未变更）" />
        <DateField name="publicity.withdrawnOn" label="撤回公示日期" helperText="决定被变更、撤销或确认违法、无效的，三个工作日内撤回公示并说明理由" />
      </FieldRow>
    </FormSection>
  );
}
