// 先行登记保存 (行政处罚法 art. 56): evidence that may be lost is registered and preserved, and handled within
// 7 working days (art. 85).
import { DateField, TextInput } from '../../components/fields/form-fields';
import { FieldRow, FormSection } from '../../components/form/FormSection';

export function PreservationSection() {
  return (
    <FormSection title="先行登记保存证据">
      <FieldRow>
        <DateField name="evidencePreservation.registeredOn" label="先行登记保存日期" />
        <DateField name="evidencePreservation.handledOn" label="处理决定日期" helperText="登记保存后七个工作日内作出处理决定" />
      </FieldRow>
      <TextInput name="evidencePreservation.items" label="登记保存的物品" />
    </FormSection>
  );
}
