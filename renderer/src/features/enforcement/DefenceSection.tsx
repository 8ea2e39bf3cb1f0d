// 告知的拟处罚 and the party's 陈述申辩 with the agency's 复核 (行政处罚法 arts. 44, 45): after a statement the
// decision waits for the review and may not be heavier than the penalty proposed.
import { statementFormLabels, statementReviewResultLabels } from '#shared/domain/labels';
import { DateField, EnumSelect, NumberInput, TextInput } from '../../components/fields/form-fields';
import { FieldRow, FormSection } from '../../components/form/FormSection';

export function DefenceSection() {
  return (
    <FormSection title="告知与陈述申辩">
      <FieldRow>
        <TextInput name="notice.proposedContent" label="告知书拟作出的处罚" helperText="如：拟罚款伍佰元" />
        <NumberInput name="notice.proposedFine" label="告知书拟罚款金额（元）" min={0}
          helperText="当事人陈述申辩后，决定罚款不得高于此数（行政处罚法第四十五条）" />
      </FieldRow>
      <FieldRow>
        <DateField name="statement.madeOn" label="陈述申辩日期" />
        <EnumSelect name="statement.form" label="陈述申辩形式" labels={statementFormLabels} allowEmpty emptyLabel="（未陈述申辩）" />
      </FieldRow>
      <TextInput name="statement.summary" label="陈述申辩内容摘要" multiline minRows={2} />
      <FieldRow>
        <DateField name="statement.reviewedOn" label="复核日期" helperText="对当事人提出的事实、理由和证据进行复核，复核后再作决定" />
        <EnumSelect name="statement.reviewResult" label="复核结果" labels={statementReviewResultLabels} allowEmpty emptyLabel="（尚未复核）" />
      </FieldRow>
      <TextInput name="statement.reviewReason" label="复核理由" multiline minRows={2} helperText="不予采纳或部分采纳的，须写明理由" />
    </FormSection>
  );
}
