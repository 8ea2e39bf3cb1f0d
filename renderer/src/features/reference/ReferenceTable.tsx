// The table of a 基础数据 section: the section's columns (given as data), then 最后修改 (who changed the
// entry and when — what a township checks), then, for the county, an 操作 column. A deactivated
// entry is greyed.
import type { ReactNode } from 'react';
import { Button, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import type { ReferenceData } from '#shared/domain/schemas/index';
import { changedByText } from './changed-entry';

export interface ReferenceColumn {
  header: string;
  cell: (entry: ReferenceData) => ReactNode;
  /** Short values (amounts, states) kept on one line. */
  nowrap?: boolean;
}

export interface RowAction {
  label: string;
  /** What the button is called for screen readers, naming the entry (修改2027年放假安排). */
  name: string;
  onClick: () => void;
}

interface Props {
  label: string;
  rows: readonly ReferenceData[];
  columns: readonly ReferenceColumn[];
  changed?: (entry: ReferenceData) => string;
  /** The county's buttons for a row; no 操作 column when absent. */
  actions?: (entry: ReferenceData) => RowAction[];
  actionsWidth?: number;
}

export function ReferenceTable({ label, rows, columns, changed = changedByText, actions, actionsWidth = 90 }: Props) {
  return (
    <Table size="small" aria-label={label}>
      <TableHead>
        <TableRow>
          {columns.map((column) => <TableCell key={column.header}>{column.header}</TableCell>)}
          <TableCell>最后修改</TableCell>
          {actions && <TableCell width={actionsWidth}>操作</TableCell>}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((entry) => (
          <TableRow key={entry.id} sx={entry.active ? undefined : { '& td': { color: 'text.disabled' } }}>
            {columns.map((column) => (
              <TableCell key={column.header} sx={column.nowrap ? { whiteSpace: 'nowrap' } : undefined}>{column.cell(entry)}</TableCell>
            ))}
            <TableCell>{changed(entry)}</TableCell>
            {actions && (
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {actions(entry).map((action) => (
                  <Button key={action.label} size="small" onClick={action.onClick} aria-label={action.name}>{action.label}</Button>
                ))}
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
