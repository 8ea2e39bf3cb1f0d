// The 卷宗 laid out for print: the cover, the 卷内目录, then each item on its own pages — a 文书 laid out by
// docx-preview, a scan as one page. Each item reports how many A4 pages it takes, so the 目录 can number them.
import { useCallback, useEffect } from 'react';
import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ContentsRow, DossierCover } from '#shared/domain/dossier/dossier';
import { DocxPreview } from '../../../components/docx/DocxPreview';
import type { DossierPart } from './useDossierParts';

/** The height of an A4 page's text block (297 mm less the 37 mm and 35 mm margins), in CSS pixels. */
const pageBodyPx = ((297 - 37 - 35) / 25.4) * 96;
/** A sheet that starts on a new page; the cover and 目录 use the named page without a number. */
const sheet = { breakBefore: 'page', '@media screen': { mb: 3, pb: 3, borderBottom: '1px dashed #bbb' } } as const;

export function CoverSheet({ cover }: { cover: DossierCover }) {
  return (
    <Box data-testid="dossier-cover" sx={{ page: 'dossier-front', textAlign: 'center', pt: 6 }}>
      <Typography component="h2" sx={{ fontSize: '28pt', fontWeight: 700, letterSpacing: '0.3em', mb: 8 }}>{cover.title}</Typography>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: '8em 1fr', rowGap: 2.5, textAlign: 'left', fontSize: '15pt', mx: 'auto', maxWidth: '30em' }}>
        {cover.rows.map(([label, value]) => [
          <Box component="dt" key={`${label}-label`} sx={{ fontWeight: 700 }}>{label}：</Box>,
          <Box component="dd" key={`${label}-value`} sx={{ m: 0, borderBottom: '1px solid #000' }}>{value || '\u00a0'}</Box>,
        ])}
      </Box>
    </Box>
  );
}

export function ContentsSheet({ rows }: { rows: readonly ContentsRow[] }) {
  return (
    <Box data-testid="dossier-contents" sx={{ ...sheet, page: 'dossier-front' }}>
      <Typography component="h2" sx={{ fontSize: '22pt', fontWeight: 700, textAlign: 'center', mb: 3 }}>卷内目录</Typography>
      <Table size="small" aria-label="卷内目录" sx={{ '& td, & th': { border: '1px solid #000', fontSize: '12pt' } }}>
        <TableHead><TableRow><TableCell sx={{ width: '4em' }}>序号</TableCell><TableCell>文件材料名称</TableCell><TableCell sx={{ width: '6em' }}>页号</TableCell></TableRow></TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.number}><TableCell>{row.number}</TableCell><TableCell>{row.title}</TableCell><TableCell>{row.pages}</TableCell></TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}

function DocxPart({ bytes, onPages }: { bytes: Uint8Array; onPages: (pages: number) => void }) {
  const countPages = useCallback((container: HTMLElement) => {
    // docx-preview lays each section out as one tall page: its text height over the page's gives the pages printed.
    const pages = [...container.querySelectorAll<HTMLElement>('section.docx')].reduce((sum, section) => {
      const style = getComputedStyle(section);
      const text = section.scrollHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
      return sum + Math.max(1, Math.ceil((text - 2) / pageBodyPx));
    }, 0);
    onPages(pages);
  }, [onPages]);
  return <DocxPreview bytes={bytes} onRendered={countPages} />;
}

export function PartSheet({ part, onPages }: { part: DossierPart; onPages: (pages: number) => void }) {
  useEffect(() => {
    if (part.content !== 'docx') onPages(1);
  }, [part, onPages]);
  return (
    <Box sx={sheet} data-testid="dossier-part">
      {part.content === 'docx' && <DocxPart bytes={part.bytes} onPages={onPages} />}
      {part.content !== 'docx' && <Typography sx={{ fontSize: '10.5pt', mb: 1 }}>{part.item.title}</Typography>}
      {part.content === 'image' && (
        <Box component="img" src={part.url} alt={part.item.title} sx={{ display: 'block', maxWidth: '100%', maxHeight: '215mm', objectFit: 'contain', mx: 'auto' }} />
      )}
      {part.content === 'unprintable' && (
        <Typography sx={{ fontSize: '14pt', mt: 6, textAlign: 'center' }}>此件为 PDF 文件，本卷宗无法直接排入，请从案件「附件」中另行打印后插入此页。</Typography>
      )}
    </Box>
  );
}
