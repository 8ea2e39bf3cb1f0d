// Label–value pairs of a record on its detail page, as a definition list in a responsive grid.
import type { ReactNode } from 'react';
import { Box, Typography } from '@mui/material';

export interface FieldItem {
  label: string;
  value: ReactNode;
  /** Spans the whole row (long texts: 纠纷简要情况, 协议内容). */
  wide?: boolean;
}

const isEmpty = (value: ReactNode) => value === undefined || value === null || value === '';

export function FieldGrid({ items }: { items: FieldItem[] }) {
  return (
    <Box component="dl" sx={{ m: 0, display: 'grid', columnGap: 3, rowGap: 1.5, gridTemplateColumns: { xs: '1fr', md: 'repeat(3, minmax(0, 1fr))' } }}>
      {items.map((item) => (
        <Box key={item.label} sx={{ gridColumn: item.wide ? '1 / -1' : undefined, minWidth: 0 }}>
          <Typography component="dt" variant="caption" color="text.secondary">{item.label}</Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {isEmpty(item.value) ? '—' : item.value}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
