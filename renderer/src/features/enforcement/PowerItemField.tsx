// 权责清单事项: one item of the county's power list (reference data 'powerItem'), offered for the chosen
// category. Picking one fills in its legal basis when none has been written yet.
import { useMemo } from 'react';
import { Autocomplete, Box, TextField, Typography } from '@mui/material';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import type { ReferenceData } from '#shared/domain/schemas/index';
import type { EnforcementFormValues } from './form-values';

export function PowerItemField({ powerItems }: { powerItems: readonly ReferenceData[] }) {
  const { control, getValues, setValue } = useFormContext<EnforcementFormValues>();
  const category = useWatch({ control, name: 'category' });
  const selectedId = useWatch({ control, name: 'powerItemId' });
  const options = useMemo(() => powerItems.filter((item) =>
    item.id === selectedId || (item.active && (!item.details.category || item.details.category === category))), [powerItems, category, selectedId]);
  const byId = useMemo(() => new Map(powerItems.map((item) => [item.id, item])), [powerItems]);
  return (
    <Controller name="powerItemId" control={control} render={({ field, fieldState }) => {
      const selected = byId.get(field.value) ?? null;
      const unknown = field.value !== '' && !selected;
      return (
        <Autocomplete<ReferenceData>
          options={options}
          value={selected}
          onChange={(_event, next) => {
            field.onChange(next?.id ?? '');
            if (next?.details.text && getValues('legalBasis').trim() === '') setValue('legalBasis', next.details.text);
          }}
          onBlur={field.onBlur}
          getOptionLabel={(option) => option.name}
          isOptionEqualToValue={(option, value) => option.id === value.id}
          noOptionsText="权责清单中没有这一类别的事项"
          renderOption={({ key, ...props }, option) => (
            <Box component="li" key={key} {...props}>
              <Box>
                <Typography variant="body2" sx={{ whiteSpace: 'normal' }}>{option.name}</Typography>
                {option.details.text && <Typography variant="caption" color="text.secondary">{option.details.text}</Typography>}
              </Box>
            </Box>
          )}
          renderInput={(params) => (
            <TextField {...params} label="权责清单事项" inputRef={field.ref} error={Boolean(fieldState.error) || unknown}
              helperText={fieldState.error?.message
                ?? (unknown ? `权责清单中已没有此事项（${field.value}），请重新选择` : selected?.name ?? '按执法类别列出本县权责清单中的事项，可输入文字查找')} />
          )}
        />
      );
    }} />
  );
}
