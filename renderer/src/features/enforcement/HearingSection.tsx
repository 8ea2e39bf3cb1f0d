// 听证的通知与主持 (行政处罚法 art. 64): the time and place noticed 7 working days before the hearing (its date is
// 办理环节 → 听证日期), and a host who did not investigate the case.
import { DateField, TextInput } from '../../components/fields/form-fields';
import { FieldRow, FormSection } from '../../components/form/FormSection';

export function HearingSection() {
  return (
    <FormSection title="听证通知与主持">
      <FieldRow>
        <DateField name="hearing.noticeOn" label="听证通知日期" helperText="应在举行听证的七个工作日前通知听证的时间、地点" />
        <TextInput name="hearing.place" label="听证地点" />
        <TextInput name="hearing.host" label="听证主持人" helperText="由行政机关指定的非本案调查人员主持" />
      </FieldRow>
    </FormSection>
  );
}
