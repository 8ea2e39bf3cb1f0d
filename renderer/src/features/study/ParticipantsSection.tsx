// 参加人员: who attended; an officer picked from the officer list links the row to that officer's record
// (so trainings count per officer); exam scores for 考试 and trainings that end with an exam.
import { Autocomplete, Box, Button, IconButton, TextField, Typography } from '@mui/material';
import CloseIcon from '@mui/icons-material/Close';
import { Controller, useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { officerStatusLabels } from '#shared/domain/labels';
import type { Officer } from '#shared/domain/schemas/index';
import { NumberInput, TextInput } from '../../components/fields/form-fields';
import { FormSection } from '../../components/form/FormSection';
import { newParticipant, type StudyFormValues } from './form-values';

const officerLabel = (officer: Officer) =>
  `${officer.name}（${officer.certificateNumber}${officer.status === 'active' ? '' : `，${officerStatusLabels[officer.status]}`}）`;

function OfficerPicker({ index, officers }: { index: number; officers: readonly Officer[] }) {
  const { control, getValues, setValue } = useFormContext<StudyFormValues>();
  return (
    <Controller name={`participants.${index}.officerId`} control={control} render={({ field }) => {
      const picked = officers.find((officer) => officer.id === field.value) ?? null;
      return (
        <Autocomplete<Officer>
          options={officers}
          value={picked}
          onChange={(_event, officer) => {
            field.onChange(officer?.id ?? '');
            // The participant is that officer: take the name from the record rather than have it typed twice.
            if (officer && getValues(`participants.${index}.name`) !== officer.name) {
              setValue(`participants.${index}.name`, officer.name, { shouldDirty: true });
            }
          }}
          onBlur={field.onBlur}
          getOptionLabel={officerLabel}
          isOptionEqualToValue={(option, value) => option.id === value.id}
          noOptionsText="执法人员名单中没有此人"
          renderInput={(params) => <TextField {...params} label="对应执法人员" inputRef={field.ref} helperText="选填：执法人员参训时选择，按人统计培训" />}
        />
      );
    }} />
  );
}

export function ParticipantsSection({ officers }: { officers: readonly Officer[] }) {
  const { control, getValues } = useFormContext<StudyFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'participants', keyName: 'key' });
  const kind = useWatch({ control, name: 'kind' });
  const participants = useWatch({ control, name: 'participants' });
  const withScores = kind === 'exam' || kind === 'officerTraining' || participants.some((participant) => participant.examScore !== undefined);
  const activeOfficers = officers.filter((officer) => officer.status === 'active');
  const addActiveOfficers = () => {
    const listed = new Set(getValues('participants').map((participant) => participant.officerId).filter(Boolean));
    append(activeOfficers.filter((officer) => !listed.has(officer.id)).map((officer) => ({ name: officer.name, officerId: officer.id })));
  };
  return (
    <FormSection title="参加人员" actions={(
      <Box sx={{ display: 'flex', gap: 1 }}>
        {kind === 'officerTraining' && activeOfficers.length > 0 && (
          <Button size="small" onClick={addActiveOfficers}>添加全部在岗执法人员</Button>
        )}
        <Button size="small" onClick={() => append(newParticipant())}>添加参加人员</Button>
      </Box>
    )}>
      {fields.length === 0 && <Typography color="text.secondary">尚未登记参加人员（也可上传签到表）</Typography>}
      {fields.map((field, index) => (
        <Box key={field.key} role="group" aria-label={`第${index + 1}名参加人员`}
          sx={{ display: 'grid', gap: 1.5, mb: 1.5, alignItems: 'start',
            gridTemplateColumns: { xs: '1fr', md: withScores ? '2fr 3fr 1.2fr auto' : '2fr 3fr auto' } }}>
          <TextInput name={`participants.${index}.name`} label="参加人员姓名" />
          <OfficerPicker index={index} officers={officers} />
          {withScores && <NumberInput name={`participants.${index}.examScore`} label="考试成绩" min={0} />}
          <IconButton onClick={() => remove(index)} aria-label={`删除第${index + 1}名参加人员`} sx={{ mt: 1 }}><CloseIcon fontSize="small" /></IconButton>
        </Box>
      ))}
      {fields.length > 0 && <Typography variant="body2" color="text.secondary">共 {fields.length} 人</Typography>}
    </FormSection>
  );
}
