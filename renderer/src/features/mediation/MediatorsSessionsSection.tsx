// 调解员 and 调解记录 (人民调解法 art. 27: the mediator records each session).
import { Box, Button, IconButton, Paper, Typography } from '@mui/material';
import CloseIcon from '@mui/icons-material/Close';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { DateField, TextInput } from '../../components/fields/form-fields';
import { FieldRow, FormSection } from '../../components/form/FormSection';
import type { MediationFormValues } from './form-values';
import { localDateOf } from '#shared/domain/calendar/dates';
import { useClock } from '../../app/useToday';

export function MediatorsSection() {
  const { control } = useFormContext<MediationFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'mediators', keyName: 'key' });
  return (
    <FormSection title="调解员" actions={<Button size="small" onClick={() => append({ name: '' })}>添加调解员</Button>}>
      <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', md: 'repeat(3, minmax(0, 1fr))' } }}>
        {fields.map((field, index) => (
          <Box key={field.key} sx={{ display: 'flex', alignItems: 'flex-start', gap: 0.5 }}>
            <TextInput name={`mediators.${index}.name`} label="调解员姓名" />
            <IconButton size="small" onClick={() => remove(index)} aria-label={`删除第${index + 1}位调解员`}><CloseIcon fontSize="small" /></IconButton>
          </Box>
        ))}
      </Box>
    </FormSection>
  );
}

export function SessionsSection() {
  const { control } = useFormContext<MediationFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'sessions', keyName: 'key' });
  const clock = useClock();
  const add = () => append({ date: localDateOf(clock()), place: '', record: '' });
  return (
    <FormSection title="调解记录" actions={<Button size="small" onClick={add}>添加调解记录</Button>}>
      {fields.length === 0 && <Typography color="text.secondary">尚未记录调解过程</Typography>}
      {fields.map((field, index) => (
        <Paper key={field.key} variant="outlined" sx={{ p: 1.5, mb: 1.5 }} aria-label={`第${index + 1}次调解`}>
          <Box sx={{ display: 'flex', alignItems: 'center', mb: 1 }}>
            <Typography variant="body2" sx={{ fontWeight: 600, flexGrow: 1 }}>第 {index + 1} 次调解</Typography>
            <Button size="small" color="error" onClick={() => remove(index)} aria-label={`删除第${index + 1}次调解记录`}>删除</Button>
          </Box>
          <FieldRow columns={2}>
            <DateField name={`sessions.${index}.date`} label="调解日期" />
            <TextInput name={`sessions.${index}.place`} label="调解地点" />
          </FieldRow>
          <TextInput name={`sessions.${index}.record`} label="调解记录内容" multiline minRows={3} />
        </Paper>
      ))}
    </FormSection>
  );
}
