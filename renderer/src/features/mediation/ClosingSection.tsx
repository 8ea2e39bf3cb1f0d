// 结案, 回访 and 司法确认 (art. 33: within 30 days of the agreement) and 移交.
import { Box, Button, Paper, Typography } from '@mui/material';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { judicialConfirmationResultLabels, returnVisitPerformanceLabels } from '#shared/domain/labels';
import { DateField, EnumSelect, TextInput } from '../../components/fields/form-fields';
import { FieldRow, FormSection } from '../../components/form/FormSection';
import type { MediationFormValues } from './form-values';
import { localDateOf } from '#shared/domain/calendar/dates';
import { useClock } from '../../app/useToday';

export function ClosingSection() {
  return (
    <FormSection title="结案">
      <FieldRow columns={3}>
        <DateField name="closedOn" label="结案日期" />
      </FieldRow>
      <TextInput name="closingNote" label="结案说明" multiline minRows={2}
        helperText="调解不成功或终止时，写明原因及告知当事人的其他救济途径" />
    </FormSection>
  );
}

export function ReturnVisitsSection() {
  const { control } = useFormContext<MediationFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'returnVisits', keyName: 'key' });
  const clock = useClock();
  const add = () => append({ date: localDateOf(clock()), visitor: '', note: '' });
  return (
    <FormSection title="回访记录" actions={<Button size="small" onClick={add}>添加回访</Button>}>
      {fields.length === 0 && <Typography color="text.secondary">暂无回访</Typography>}
      {fields.map((field, index) => (
        <Paper key={field.key} variant="outlined" sx={{ p: 1.5, mb: 1.5 }} aria-label={`第${index + 1}次回访`}>
          <Box sx={{ display: 'flex', alignItems: 'center', mb: 1 }}>
            <Typography variant="body2" sx={{ fontWeight: 600, flexGrow: 1 }}>第 {index + 1} 次回访</Typography>
            <Button size="small" color="error" onClick={() => remove(index)} aria-label={`删除第${index + 1}次回访`}>删除</Button>
          </Box>
          <FieldRow>
            <DateField name={`returnVisits.${index}.date`} label="回访日期" />
            <TextInput name={`returnVisits.${index}.visitor`} label="回访人" />
            <EnumSelect name={`returnVisits.${index}.performance`} label="回访时履行情况" labels={returnVisitPerformanceLabels} allowEmpty />
          </FieldRow>
          <TextInput name={`returnVisits.${index}.note`} label="回访情况" multiline minRows={2} />
        </Paper>
      ))}
    </FormSection>
  );
}

export function ConfirmationReferralSection() {
  return (
    <FormSection title="司法确认与移交">
      <FieldRow>
        <DateField name="judicialConfirmation.appliedOn" label="申请司法确认日期" />
        <TextInput name="judicialConfirmation.court" label="受理法院" />
        <EnumSelect name="judicialConfirmation.result" label="司法确认结果" labels={judicialConfirmationResultLabels} allowEmpty />
      </FieldRow>
      <FieldRow>
        <TextInput name="referral.to" label="移交单位" />
        <DateField name="referral.on" label="移交日期" />
        <TextInput name="referral.reason" label="移交原因" />
      </FieldRow>
    </FormSection>
  );
}
