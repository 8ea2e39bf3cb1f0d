// 普法对象 and 受众人数 of a 普法活动 (谁执法谁普法, the county plan's (十二); decision 037): shown only for that kind,
// since only it reaches the public; the plan counts the activities and the people they reached.
import { useFormContext, useWatch } from 'react-hook-form';
import { PUBLIC_LEGAL_EDUCATION } from '#shared/domain/schemas/study-session';
import { NumberInput, TextInput } from '../../components/fields/form-fields';
import { FieldRow, FormSection } from '../../components/form/FormSection';
import type { StudyFormValues } from './form-values';

export function PublicEducationSection() {
  const { control } = useFormContext<StudyFormValues>();
  const kind = useWatch({ control, name: 'kind' });
  if (kind !== PUBLIC_LEGAL_EDUCATION) return null;
  return (
    <FormSection title="普法对象与受众">
      <FieldRow>
        <TextInput name="audience" label="普法对象" helperText="如：辖区群众、个体工商户、中小学生" />
        <NumberInput name="peopleReached" label="受众人数（人）" min={1} helperText="估计数亦可，计入年度普法受众" />
      </FieldRow>
    </FormSection>
  );
}
