// A date picker that speaks the records' language: 'YYYY-MM-DD' strings in, out, '' when empty.
// MUI X 9 renders the field as a labelled group of sections (getByRole('group', { name: '受理日期' })).
import { useState } from 'react';
import dayjs, { type Dayjs } from 'dayjs';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';

export const DATE_FORMAT = 'YYYY-MM-DD';

export interface DateInputProps {
  label: string;
  value: string | undefined;
  onChange: (value: string) => void;
  onBlur?: () => void;
  name?: string;
  error?: boolean;
  helperText?: string;
  inputRef?: React.Ref<HTMLInputElement>;
  minDate?: string;
  maxDate?: string;
}

export function DateInput({ label, value, onChange, onBlur, name, error, helperText, inputRef, minDate, maxDate }: DateInputProps) {
  // A half-typed date is invalid: keep it in the picker (so the typing stays) while the value is ''.
  const [unfinished, setUnfinished] = useState<Dayjs | null>(null);
  const picked = value ? dayjs(value, DATE_FORMAT) : unfinished;
  return (
    <DatePicker
      label={label}
      value={picked}
      format={DATE_FORMAT}
      minDate={minDate ? dayjs(minDate) : undefined}
      maxDate={maxDate ? dayjs(maxDate) : undefined}
      onChange={(next) => {
        if (next?.isValid()) {
          setUnfinished(null);
          onChange(next.format(DATE_FORMAT));
        } else {
          setUnfinished(next);
          onChange('');
        }
      }}
      slotProps={{
        textField: {
          name, onBlur, inputRef, size: 'small', fullWidth: true,
          error: error || Boolean(!value && unfinished),
          helperText: !value && unfinished ? '日期不完整，请按 年-月-日 填写' : helperText,
        },
        field: { clearable: true },
      }}
    />
  );
}
