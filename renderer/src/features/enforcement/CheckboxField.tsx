// A yes/no field bound to the surrounding RecordForm; the generic form fields have no checkbox, so it lives here.
import type { ReactNode } from 'react';
import { Checkbox, FormControl, FormControlLabel, FormHelperText } from '@mui/material';
import { Controller, useFormContext } from 'react-hook-form';

export function CheckboxField({ name, label, helperText }: { name: string; label: string; helperText?: ReactNode }) {
  const { control } = useFormContext();
  return (
    <Controller name={name} control={control} render={({ field, fieldState }) => (
      <FormControl error={Boolean(fieldState.error)}>
        <FormControlLabel label={label} control={
          <Checkbox name={field.name} slotProps={{ input: { ref: field.ref } }} checked={Boolean(field.value)}
            onChange={(event) => field.onChange(event.target.checked)} onBlur={field.onBlur} />
        } />
        {(fieldState.error?.message ?? helperText) && <FormHelperText sx={{ mt: 0 }}>{fieldState.error?.message ?? helperText}</FormHelperText>}
      </FormControl>
    )} />
  );
}
