// 基本情况: who took the case in, when, how it came, what kind of dispute, where it stands.
import { mediationSourceLabels, mediationStatusLabels } from '#shared/domain/labels';
import { DateField, EnumSelect, TextInput } from '../../components/fields/form-fields';
import { FieldRow, FormSection } from '../../components/form/FormSection';

export function BasicSection({ disputeTypeLabels }: { disputeTypeLabels: Record<string, string> }) {
  return (
    <FormSection title="基本情况">
      <FieldRow>
        <TextInput name="committee" label="调解委员会" />
        <EnumSelect name="source" label="案件来源" labels={mediationSourceLabels} />
        <DateField name="receivedOn" label="受理日期" />
      </FieldRow>
      <FieldRow>
        <EnumSelect name="disputeType" label="纠纷类型" labels={disputeTypeLabels} allowEmpty emptyLabel="（请选择）" />
        <EnumSelect name="status" label="调解状态" labels={mediationStatusLabels} helperText="受理 → 调解中 → 调解成功／不成功／终止" />
      </FieldRow>
      <FieldRow columns={1}>
        <TextInput name="summary" label="纠纷简要情况" multiline minRows={3} />
        <TextInput name="claims" label="申请事项" multiline minRows={2} />
      </FieldRow>
    </FormSection>
  );
}
