// 执法人员: choose the officers acting on the case (at least two, 行政处罚法 art. 42). Each shows its
// certificate number and expiry; every problem the rules found with them is listed under the field.
import { useMemo } from 'react';
import { Autocomplete, Box, Chip, TextField, Typography } from '@mui/material';
import { Controller, useFormContext } from 'react-hook-form';
import { officerStatusLabels } from '#shared/domain/labels';
import type { DomainIssue } from '#shared/domain/issue';
import type { Officer } from '#shared/domain/schemas/officer';
import { certificateValidity, certificateValidityText } from '../officers/certificate-validity';

interface OfficerOption {
  id: string;
  name: string;
  /** '证号 23040001，有效期至 2028-06-01' */
  certificate: string;
  /** Why choosing this officer will be refused, if it will ('已过期', '已调离', '已删除'). */
  problem?: string;
  searchText: string;
}

function optionOf(officer: Officer, today: string): OfficerOption {
  const validity = certificateValidity(officer.certificateExpiresOn, today);
  const problem = officer.trashed ? '已删除'
    : officer.status !== 'active' ? officerStatusLabels[officer.status]
      : validity === 'expired' ? '执法证已过期' : undefined;
  const soon = validity === 'expiring' ? `（${certificateValidityText(validity)}）` : '';
  return {
    id: officer.id, name: officer.name,
    certificate: `证号 ${officer.certificateNumber}，有效期至 ${officer.certificateExpiresOn}${soon}`,
    ...(problem ? { problem } : {}),
    searchText: `${officer.name} ${officer.searchText} ${officer.certificateNumber}`.toLowerCase(),
  };
}

const unknownOption = (id: string): OfficerOption => ({ id, name: `未知人员（${id}）`, certificate: '不在执法人员名录中', problem: '不在名录中', searchText: '' });

interface OfficerPickerProps {
  officers: readonly Officer[];
  today: string;
  /** Issues on `officerIds` and `officerIds.N` from the last save attempt. */
  issues: readonly DomainIssue[];
}

export function OfficerPicker({ officers, today, issues }: OfficerPickerProps) {
  const { control } = useFormContext();
  const options = useMemo(() => officers.filter((officer) => !officer.trashed)
    .map((officer) => optionOf(officer, today))
    .sort((a, b) => Number(Boolean(a.problem)) - Number(Boolean(b.problem))), [officers, today]);
  const byId = useMemo(() => new Map(officers.map((officer) => [officer.id, optionOf(officer, today)])), [officers, today]);
  return (
    <Controller name="officerIds" control={control} render={({ field, fieldState }) => {
      const ids = (field.value as string[] | undefined) ?? [];
      const selected = ids.map((id) => byId.get(id) ?? unknownOption(id));
      const messages = fieldState.error ? (issues.length > 0 ? issues.map((issue) => issue.message) : [fieldState.error.message ?? '']) : [];
      return (
        <Autocomplete<OfficerOption, true>
          multiple
          filterSelectedOptions
          options={options}
          value={selected}
          onChange={(_event, next) => field.onChange(next.map((option) => option.id))}
          onBlur={field.onBlur}
          getOptionLabel={(option) => option.name}
          isOptionEqualToValue={(option, value) => option.id === value.id}
          filterOptions={(all, state) => all.filter((option) => option.searchText.includes(state.inputValue.trim().toLowerCase()))}
          noOptionsText="执法人员名录中没有此人，请先在「执法人员」中登记"
          renderOption={({ key, ...props }, option) => (
            <Box component="li" key={key} {...props}>
              <Box>
                <Typography variant="body2">
                  {option.name}
                  {option.problem && <Typography component="span" variant="caption" color="error" sx={{ ml: 1 }}>（{option.problem}）</Typography>}
                </Typography>
                <Typography variant="caption" color="text.secondary">{option.certificate}</Typography>
              </Box>
            </Box>
          )}
          renderValue={(values, getItemProps) => values.map((option, index) => {
            const { key, ...itemProps } = getItemProps({ index });
            return (
              <Chip key={key} size="small" color={option.problem ? 'error' : 'default'} variant={option.problem ? 'outlined' : 'filled'}
                label={`${option.name}（${option.certificate}${option.problem ? `，${option.problem}` : ''}）`} {...itemProps} />
            );
          })}
          renderInput={(params) => (
            <TextField {...params} label="执法人员" inputRef={field.ref} error={Boolean(fieldState.error)}
              helperText={messages.length > 0
                ? messages.map((message, index) => <Box component="span" key={index} sx={{ display: 'block' }}>{message}</Box>)
                : `已选 ${ids.length} 人；至少两名持有效执法证的人员（行政处罚法第四十二条），可按姓名、拼音首字母或证号查找`} />
          )}
        />
      );
    }} />
  );
}
