// The officer form: new or edit. ID number and phone are personal data (kept encrypted, masked in lists).
import { genderLabels, officerStatusLabels } from '#shared/domain/labels';
import type { Officer } from '#shared/domain/schemas/officer';
import { LedgerRecordForm } from '../../app/LedgerRecordForm';
import { DateField, EnumSelect, TextInput } from '../../components/fields/form-fields';
import { FieldRow, FormSection } from '../../components/form/FormSection';
import { officerDraftOf, type OfficerFormValues } from './form-values';

export interface OfficerFormProps {
  record?: Officer;
  defaultValues: OfficerFormValues;
}

export function OfficerForm({ record, defaultValues }: OfficerFormProps) {
  return (
    <LedgerRecordForm
      kind="officer"
      record={record}
      title={record ? `修改执法人员 ${record.name}` : '新建执法人员'}
      defaultValues={defaultValues}
      toDraft={officerDraftOf}
    >
      <FormSection title="基本情况">
        <FieldRow>
          <TextInput name="name" label="姓名" />
          <EnumSelect name="gender" label="性别" labels={genderLabels} allowEmpty />
          <TextInput name="unit" label="工作单位" />
        </FieldRow>
        <FieldRow>
          <EnumSelect name="status" label="人员状态" labels={officerStatusLabels} helperText="调离、暂停或注销后不能再参与执法" />
        </FieldRow>
      </FormSection>
      <FormSection title="执法证">
        <FieldRow>
          <TextInput name="certificateNumber" label="执法证号" helperText="执法证正面的证件号码" />
          <DateField name="certificateIssuedOn" label="发证日期" />
          <DateField name="certificateExpiresOn" label="有效期至" helperText="见执法证背面" />
        </FieldRow>
      </FormSection>
      <FormSection title="个人信息（加密保存）">
        <FieldRow columns={2}>
          <TextInput name="personal.idNumber" label="身份证号码" />
          <TextInput name="personal.phone" label="联系电话" />
        </FieldRow>
        <TextInput name="note" label="备注" multiline minRows={2} />
      </FormSection>
    </LedgerRecordForm>
  );
}
