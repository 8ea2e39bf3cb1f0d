// Search box, one filter select (its options grouped by field, since a query filters on one index)
// and a date range. Controlled: the list page owns the values.
import { Box, InputAdornment, ListSubheader, MenuItem, TextField } from '@mui/material';
import SearchIcon from '@mui/icons-material/Search';
import { DateInput } from '../fields/DateInput';

export interface FilterGroup {
  /** The record field the store filters on (an indexed one: status, disputeType …). */
  field: string;
  /** Group heading in the select, e.g. 状态. */
  label: string;
  options: { value: string; label: string }[];
}

export interface ListCriteria {
  search: string;
  /** `${field}=${value}`, or '' for everything. */
  filter: string;
  from: string;
  to: string;
}

export const emptyCriteria: ListCriteria = { search: '', filter: '', from: '', to: '' };

export function parseFilter(filter: string): { field: string; value: string } | undefined {
  const at = filter.indexOf('=');
  return at > 0 ? { field: filter.slice(0, at), value: filter.slice(at + 1) } : undefined;
}

interface ListToolbarProps {
  criteria: ListCriteria;
  onChange: (criteria: ListCriteria) => void;
  searchLabel?: string;
  filterGroups?: FilterGroup[];
  /** Name of the date the range applies to, e.g. 受理日期; no range without it. */
  dateLabel?: string;
}

export function ListToolbar({ criteria, onChange, searchLabel, filterGroups = [], dateLabel }: ListToolbarProps) {
  const set = (patch: Partial<ListCriteria>) => onChange({ ...criteria, ...patch });
  return (
    <Box sx={{ display: 'grid', gap: 1.5, mb: 2, gridTemplateColumns: { xs: '1fr', md: '2fr 1.2fr 1fr 1fr' }, alignItems: 'start' }}>
      {searchLabel ? (
        <TextField label={searchLabel} value={criteria.search} type="search" onChange={(event) => set({ search: event.target.value })}
          slotProps={{ input: { startAdornment: <InputAdornment position="start"><SearchIcon fontSize="small" /></InputAdornment> } }} />
      ) : <div />}
      {filterGroups.length > 0 ? (
        <TextField select label="筛选" value={criteria.filter} onChange={(event) => set({ filter: event.target.value })}>
          <MenuItem value="">全部</MenuItem>
          {filterGroups.flatMap((group) => [
            <ListSubheader key={`head-${group.field}`}>{group.label}</ListSubheader>,
            ...group.options.map((option) => (
              <MenuItem key={`${group.field}=${option.value}`} value={`${group.field}=${option.value}`}>
                {group.label}：{option.label}
              </MenuItem>
            )),
          ])}
        </TextField>
      ) : <div />}
      {dateLabel && (
        <>
          <DateInput label={`${dateLabel}从`} value={criteria.from} onChange={(from) => set({ from })} maxDate={criteria.to || undefined} />
          <DateInput label={`${dateLabel}至`} value={criteria.to} onChange={(to) => set({ to })} minDate={criteria.from || undefined} />
        </>
      )}
    </Box>
  );
}
