// Inputs bound to the surrounding RecordForm (react-hook-form context) by dotted name, each with a
// visible Chinese label that is also its accessible name, and the field's issue shown beneath it.
import { useState, type ReactNode } from 'react';
import { MenuItem, TextField } from '@mui/material';
import { Controller, useFormContext } from 'react-hook-form';
import { withoutUnstorableText } from '#shared/domain/text/storable-text';
import { DateInput } from './DateInput';

interface BaseProps {
  name: string;
  label: string;
  helperText?: ReactNode;
  disabled?: boolean;
}

/** Said under a field whose typed or pasted text just lost such characters. */
export const CLEANED_TEXT_NOTE = '已删除粘贴内容中无法保存的不可见字符';

/**
 * Every text field of every record form. Typed or pasted text loses U+0000 and lone surrogates here
 * ([TEXT_UNSTORABLE]: the county's database cannot store them, S39), once for all fields.
 */
export function TextInput({ name, label, helperText, disabled, multiline, minRows }: BaseProps & { multiline?: boolean; minRows?: number }) {
  const { control } = useFormContext();
  const [cleaned, setCleaned] = useState(false);
  return (
    <Controller name={name} control={control} render={({ field, fieldState }) => (
      <TextField
        name={field.name} value={(field.value as string | undefined) ?? ''} onBlur={field.onBlur}
        onChange={(event) => {
          const text = withoutUnstorableText(event.target.value);
          setCleaned(text !== event.target.value);
          field.onChange(text);
        }}
        inputRef={field.ref} label={label} disabled={disabled} multiline={multiline} minRows={minRows}
        error={Boolean(fieldState.error)} helperText={fieldState.error?.message ?? (cleaned ? CLEANED_TEXT_NOTE : helperText)}
      />
    )} />
  );
}

/** A number, or undefined when the box is empty (never NaN, never ''). */
export function NumberInput({ name, label, helperText, disabled, min }: BaseProps & { min?: number }) {
  const { control } = useFormContext();
  return (
    <Controller name={name} control={control} render={({ field, fieldState }) => (
      <TextField
        type="number" name={field.name} inputRef={field.ref} label={label} disabled={disabled}
        value={field.value === undefined || field.value === null ? '' : String(field.value as number)}
        onChange={(event) => field.onChange(event.target.value === '' ? undefined : Number(event.target.value))}
        onBlur={field.onBlur} slotProps={{ htmlInput: { min } }}
        error={Boolean(fieldState.error)} helperText={fieldState.error?.message ?? helperText}
      />
    )} />
  );
}

/** A choice among the values of a label map ({ accepted: '受理', … }), in the map's order. */
export function EnumSelect({ name, label, labels, helperText, disabled, allowEmpty = false, emptyLabel = '（未填）' }:
  BaseProps & { labels: Readonly<Record<string, string>>; allowEmpty?: boolean; emptyLabel?: string }) {
  const { control } = useFormContext();
  return (
    <Controller name={name} control={control} render={({ field, fieldState }) => (
      <TextField
        select name={field.name} inputRef={field.ref} label={label} disabled={disabled}
        value={(field.value as string | undefined) ?? ''}
        onChange={(event) => field.onChange(event.target.value === '' ? undefined : event.target.value)}
        onBlur={field.onBlur}
        error={Boolean(fieldState.error)} helperText={fieldState.error?.message ?? helperText}
      >
        {allowEmpty && <MenuItem value=""><em>{emptyLabel}</em></MenuItem>}
        {Object.entries(labels).map(([value, text]) => <MenuItem key={value} value={value}>{text}</MenuItem>)}
      </TextField>
    )} />
  );
}

export function DateField({ name, label, helperText, minDate, maxDate }: BaseProps & { minDate?: string; maxDate?: string }) {
  const { control } = useFormContext();
  return (
    <Controller name={name} control={control} render={({ field, fieldState }) => (
      <DateInput
        name={field.name} label={label} value={field.value as string | undefined} onChange={field.onChange} onBlur={field.onBlur}
        inputRef={field.ref} error={Boolean(fieldState.error)} minDate={minDate} maxDate={maxDate}
        helperText={fieldState.error?.message ?? (typeof helperText === 'string' ? helperText : undefined)}
      />
    )} />
  );
}
