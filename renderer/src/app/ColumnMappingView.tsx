// The mapping step: for each field of the ledger, the file column that fills it (found by its header when
// it can be), or none; a required field must have one.
import { MenuItem, Table, TableBody, TableCell, TableHead, TableRow, TextField } from '@mui/material';
import type { ImportField } from '#shared/domain/ledger-import/description';
import type { ColumnMapping } from '#shared/domain/ledger-import/plan';

interface Props {
  fields: readonly ImportField[];
  headers: readonly string[];
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
}

const columnName = (index: number) => {
  let name = '';
  for (let at = index + 1; at > 0; at = Math.floor((at - 1) / 26)) name = String.fromCharCode(65 + ((at - 1) % 26)) + name;
  return name;
};

export function ColumnMappingView({ fields, headers, mapping, onChange }: Props) {
  return (
    <Table size="small" aria-label="列对应">
      <TableHead><TableRow><TableCell>台账字段</TableCell><TableCell>文件中的列</TableCell></TableRow></TableHead>
      <TableBody>
        {fields.map((field) => (
          <TableRow key={field.key}>
            <TableCell>{field.label}{field.required ? '（必填）' : ''}</TableCell>
            <TableCell>
              <TextField select size="small" fullWidth label={field.label} value={mapping[field.key] === undefined ? '' : String(mapping[field.key])}
                onChange={(event) => onChange({ ...mapping, [field.key]: event.target.value === '' ? undefined : Number(event.target.value) })}>
                <MenuItem value="">（不导入）</MenuItem>
                {headers.map((header, index) => (
                  <MenuItem key={index} value={String(index)}>{columnName(index)}列：{header || '（无标题）'}</MenuItem>
                ))}
              </TextField>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
