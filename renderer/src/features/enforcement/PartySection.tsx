// 当事人: a person (with ID number) or an organisation (with credit code and legal representative).
// ID number, phone and address are personal data, kept encrypted.
import { partyKindLabels } from '#shared/domain/labels';
import { useFormContext, useWatch } from 'react-hook-form';
import { EnumSelect, TextInput } from '../../components/fields/form-fields';
import { FieldRow, FormSection } from '../../components/form/FormSection';
import type { EnforcementFormValues } from './form-values';

export function PartySection() {
  const { control } = useFormContext<EnforcementFormValues>();
  const kind = useWatch({ control, name: 'party.kind' });
  const organisation = kind === 'organisation';
  return (
    <FormSection title="当事人">
      <FieldRow>
        <EnumSelect name="party.kind" label="当事人类别" labels={partyKindLabels} />
        <TextInput name="party.name" label={organisation ? '单位名称' : '当事人姓名'} />
        {organisation
          ? <TextInput name="party.creditCode" label="统一社会信用代码" />
          : <TextInput name="personal.idNumber" label="身份证号码" />}
      </FieldRow>
      <FieldRow>
        {organisation && <TextInput name="party.legalRepresentative" label="法定代表人" />}
        <TextInput name="personal.phone" label="联系电话" />
        <TextInput name="personal.address" label={organisation ? '地址' : '住址'} />
      </FieldRow>
    </FormSection>
  );
}
