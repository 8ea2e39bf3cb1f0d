// 集体讨论 (行政处罚法 art. 57(2)): a penalty for complex or major violations is decided by the agency's heads together.
import { useFormContext, useWatch } from 'react-hook-form';
import { DateField, TextInput } from '../../components/fields/form-fields';
import { FieldRow, FormSection } from '../../components/form/FormSection';
import type { EnforcementFormValues } from './form-values';

export function CollectiveDiscussionSection() {
  const { control } = useFormContext<EnforcementFormValues>();
  const major = useWatch({ control, name: 'major' });
  return (
    <FormSection title="负责人集体讨论">
      <FieldRow>
        <DateField name="collectiveDiscussion.discussedOn" label="集体讨论日期"
          helperText={major ? '重大执法决定：须经负责人集体讨论后再作出处罚决定' : '情节复杂或者重大违法行为须集体讨论决定'} />
        <TextInput name="collectiveDiscussion.participants" label="参加讨论的负责人" />
      </FieldRow>
      <TextInput name="collectiveDiscussion.conclusion" label="集体讨论结论" multiline minRows={2} />
    </FormSection>
  );
}
