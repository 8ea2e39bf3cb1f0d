// 被评查的执法案件: an Autocomplete that searches the township's enforcement cases by case number,
// party name or pinyin initials (the store's list search), bound to `reviewedCase` of the form.
import { useCallback, useState } from 'react';
import { Autocomplete, Box, TextField, Typography } from '@mui/material';
import { Controller, useFormContext } from 'react-hook-form';
import { enforcementStageLabels } from '#shared/domain/labels';
import type { EnforcementCase } from '#shared/domain/schemas/index';
import { useAppStore } from '../../app/store-context';
import { useAsync } from '../../components/async/useAsync';
import { useDebouncedValue } from '../../components/async/useDebouncedValue';
import type { ReviewedCaseOption } from './form-values';

const SEARCH_DELAY_MS = 250;
const SHOWN_CASES = 20;

type CaseOption = ReviewedCaseOption & { detail?: string };

const optionOf = (row: EnforcementCase): CaseOption => ({
  id: row.id, caseNumber: row.caseNumber, partyName: row.party.name,
  detail: `${enforcementStageLabels[row.stage]} · ${row.matter}`,
});

const labelOf = (option: ReviewedCaseOption) => (option.partyName ? `${option.caseNumber} ${option.partyName}` : option.caseNumber);

export function CasePicker({ name, label }: { name: string; label: string }) {
  const { control } = useFormContext();
  const store = useAppStore();
  const [typed, setTyped] = useState('');
  const search = useDebouncedValue(typed.trim(), SEARCH_DELAY_MS);
  const load = useCallback(
    async () => (await store.ledger.list('enforcementCase', { search: search || undefined, pageSize: SHOWN_CASES })).rows.map(optionOf),
    [store, search],
  );
  const found = useAsync(load);
  return (
    <Controller name={name} control={control} render={({ field, fieldState }) => {
      const picked = (field.value as ReviewedCaseOption | null | undefined) ?? null;
      // The picked case stays an option even when the current search does not find it.
      const options = [...(picked && !found.data?.some((option) => option.id === picked.id) ? [picked] : []), ...(found.data ?? [])];
      return (
        <Autocomplete<CaseOption>
          options={options}
          value={picked}
          loading={found.loading}
          onChange={(_event, option) => field.onChange(option ? { id: option.id, caseNumber: option.caseNumber, partyName: option.partyName } : null)}
          onBlur={field.onBlur}
          onInputChange={(_event, text, reason) => { if (reason === 'input' || reason === 'clear') setTyped(text); }}
          filterOptions={(all) => all}
          getOptionLabel={labelOf}
          isOptionEqualToValue={(option, value) => option.id === value.id}
          noOptionsText={search ? '没有找到这个执法案件' : '本机还没有执法案件'}
          loadingText="正在查找…"
          renderOption={({ key, ...props }, option) => (
            <Box component="li" key={key} {...props}>
              <Box>
                <Typography variant="body2">{labelOf(option)}</Typography>
                {option.detail && <Typography variant="caption" color="text.secondary">{option.detail}</Typography>}
              </Box>
            </Box>
          )}
          renderInput={(params) => (
            <TextField {...params} label={label} inputRef={field.ref} error={Boolean(fieldState.error)}
              helperText={fieldState.error?.message ?? '按案号、当事人姓名或拼音首字母查找'} />
          )}
        />
      );
    }} />
  );
}
