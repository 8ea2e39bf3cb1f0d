// One statistics table as the page shows it: items down, townships (and 合计) across; 零上报 stands out.
import { Box, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { formatCell, ZERO_REPORT, type StatisticsTable } from '#shared/domain/statistics/statistics-tables';

export function StatisticsTableView({ table, note }: { table: StatisticsTable; note?: string }) {
  return (
    <Paper variant="outlined" sx={{ p: 2, minWidth: 0 }} component="section" aria-label={table.title}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>{table.title}</Typography>
      <TableContainer>
        <Table size="small" aria-label={table.title}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ fontWeight: 600 }}>{table.itemHeader}</TableCell>
              {table.columns.map((column) => <TableCell key={column} align="right" sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>{column}</TableCell>)}
            </TableRow>
          </TableHead>
          <TableBody>
            {table.rows.map((row) => (
              <TableRow key={row.label} hover>
                <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap' }}>{row.label}</TableCell>
                {row.cells.map((cell, index) => (
                  <TableCell key={table.columns[index] ?? index} align="right" sx={cell === ZERO_REPORT ? { color: 'warning.dark', fontWeight: 600 } : undefined}>
                    {formatCell(cell, row.unit)}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {note && <Box sx={{ mt: 1 }}><Typography variant="body2" color="text.secondary">{note}</Typography></Box>}
    </Paper>
  );
}
