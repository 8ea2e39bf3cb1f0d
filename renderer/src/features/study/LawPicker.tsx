// 所学法律法规: a multi-select over the law catalogue, bound to `lawIds` of the surrounding form.
import { useMemo } from 'react';
import { Autocomplete, Box, Chip, TextField, Typography } from '@mui/material';
import { Controller, useFormContext } from 'react-hook-form';
import type { ReferenceData } from '#shared/domain/schemas/index';
import { lawOptionsFor, matchesLaw, type LawOption } from './law-options';

interface LawPickerProps {
  name: string;
  label: string;
  /** referenceData entries of kind 'law'. */
  laws: readonly ReferenceData[];
  helperText?: string;
}

export function LawPicker({ name, label, laws, helperText }: LawPickerProps) {
  const { control } = useFormContext();
  return (
    <Controller name={name} control={control} render={({ field, fieldState }) => (
      <LawAutocomplete
        label={label} laws={laws} selectedIds={(field.value as string[] | undefined) ?? []}
        onChange={field.onChange} onBlur={field.onBlur} inputRef={field.ref}
        error={fieldState.error?.message} helperText={helperText}
      />
    )} />
  );
}

interface LawAutocompleteProps {
  label: string;
  laws: readonly ReferenceData[];
  selectedIds: string[];
  onChange: (ids: string[]) => void;
  onBlur: () => void;
  inputRef: React.Ref<HTMLInputElement>;
  error?: string;
  helperText?: string;
}

function LawAutocomplete({ label, laws, selectedIds, onChange, onBlur, inputRef, error, helperText }: LawAutocompleteProps) {
  const options = useMemo(() => lawOptionsFor(laws, selectedIds), [laws, selectedIds]);
  const selected = useMemo(
    () => selectedIds.map((id) => options.find((option) => option.id === id)).filter((option): option is LawOption => option !== undefined),
    [options, selectedIds],
  );
  return (
    <Autocomplete<LawOption, true>
      multiple
      filterSelectedOptions
      options={options}
      value={selected}
      onChange={(_event, next) => onChange(next.map((option) => option.id))}
      onBlur={onBlur}
      getOptionLabel={(option) => option.shortName}
      isOptionEqualToValue={(option, value) => option.id === value.id}
      filterOptions={(all, state) => all.filter((option) => matchesLaw(option, state.inputValue))}
      noOptionsText="目录中没有这部法律法规"
      renderOption={({ key, ...props }, option) => (
        <Box component="li" key={key} {...props}>
          <Box>
            <Typography variant="body2">{option.name}</Typography>
            {option.shortName !== option.name && <Typography variant="caption" color="text.secondary">{option.shortName}</Typography>}
          </Box>
        </Box>
      )}
      renderValue={(values, getItemProps) => values.map((option, index) => {
        const { key, ...itemProps } = getItemProps({ index });
        return <Chip key={key} size="small" label={option.shortName} title={option.name} {...itemProps} />;
      })}
      renderInput={(params) => (
        <TextField {...params} label={label} inputRef={inputRef} error={Boolean(error)}
          helperText={error ?? helperText ?? `已选 ${selectedIds.length} 部；可按名称、简称或拼音首字母查找`} />
      )}
    />
  );
}
