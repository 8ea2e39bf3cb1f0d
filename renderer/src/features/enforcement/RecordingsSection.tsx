// 全过程记录 (行政处罚法 art. 47): what was recorded at each stage, in text or audio-visual form.
import { Box, Button, Paper, Typography } from '@mui/material';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { enforcementStageLabels, recordingMediumLabels } from '#shared/domain/labels';
import { EnumSelect, TextInput } from '../../components/fields/form-fields';
import { FieldRow, FormSection } from '../../components/form/FormSection';
import type { EnforcementFormValues } from './form-values';

export function RecordingsSection() {
  const { control } = useFormContext<EnforcementFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'recordings', keyName: 'key' });
  const add = () => append({ stage: fields.length === 0 ? 'filed' : 'investigated', medium: 'text', description: '' });
  return (
    <FormSection title="全过程记录" actions={<Button size="small" onClick={add}>添加记录</Button>}>
      {fields.length === 0 && <Typography color="text.secondary">尚未登记执法全过程记录（立案审批表、现场检查笔录、执法记录仪录像、送达回证等）</Typography>}
      {fields.map((field, index) => (
        <Paper key={field.key} variant="outlined" sx={{ p: 1.5, mb: 1.5 }} aria-label={`第${index + 1}条记录`}>
          <Box sx={{ display: 'flex', alignItems: 'center', mb: 1 }}>
            <Typography variant="body2" sx={{ fontWeight: 600, flexGrow: 1 }}>记录 {index + 1}</Typography>
            <Button size="small" color="error" onClick={() => remove(index)} aria-label={`删除第${index + 1}条记录`}>删除</Button>
          </Box>
          <FieldRow columns={4}>
            <EnumSelect name={`recordings.${index}.stage`} label="记录环节" labels={enforcementStageLabels} />
            <EnumSelect name={`recordings.${index}.medium`} label="记录形式" labels={recordingMediumLabels} />
          </FieldRow>
          <TextInput name={`recordings.${index}.description`} label="记录说明" />
        </Paper>
      ))}
    </FormSection>
  );
}
