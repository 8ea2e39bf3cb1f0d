// While mediating: the rights-and-duties notice given before mediation (人民调解法 art. 23–24; 若干规定 art. 30)
// and a dispute that may escalate, with the measures taken and the report to the police (art. 25).
import { Typography } from '@mui/material';
import { useFormContext, useWatch } from 'react-hook-form';
import { rightsNoticeFormLabels } from '#shared/domain/labels';
import { DateField, EnumSelect, TextInput } from '../../components/fields/form-fields';
import { FieldRow, FormSection } from '../../components/form/FormSection';
import { CheckboxField } from '../enforcement/CheckboxField';
import type { MediationFormValues } from './form-values';

export function SafeguardsSection() {
  const { control } = useFormContext<MediationFormValues>();
  const risk = useWatch({ control, name: 'escalation.risk' });
  return (
    <FormSection title="权利义务告知与防止激化">
      <FieldRow>
        <DateField name="rightsNotice.givenOn" label="权利义务告知日期" helperText="调解前告知当事人的权利和义务" />
        <EnumSelect name="rightsNotice.form" label="告知方式" labels={rightsNoticeFormLabels} allowEmpty />
      </FieldRow>
      <CheckboxField name="escalation.risk" label="纠纷有激化可能（可能引起治安案件、刑事案件）" />
      {risk ? (
        <>
          <Typography variant="body2" color="text.secondary" sx={{ my: 1 }}>
            应采取有针对性的预防措施，并及时向当地公安机关或者其他有关部门报告（人民调解法第二十五条）。
          </Typography>
          <FieldRow columns={1}>
            <TextInput name="escalation.measures" label="已采取的预防措施" multiline minRows={2} />
          </FieldRow>
          <FieldRow columns={2}>
            <DateField name="escalation.reportedOn" label="报告日期" />
            <TextInput name="escalation.reportedTo" label="报告的公安机关或有关部门" />
          </FieldRow>
        </>
      ) : null}
    </FormSection>
  );
}
