// The 卷宗 laid out for print: the cover, the 卷内目录, then each item on its own pages — a 文书 laid out by
// docx-preview, an image scan as one page, a PDF scan as one page per page of it (decision 027), a scan that
// cannot be bound as a placeholder page saying why. Each item reports how many A4 pages it takes, so the 目录 can number them.
import { useCallback, useEffect } from 'react';
import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ContentsRow, DossierCover } from '#shared/domain/dossier/dossier';
import { placeholderText } from '#shared/domain/dossier/scan-pages';
import { DocxPreview } from '../../../components/docx/DocxPreview';
import { scanPartPages, type ScanPart } from './scan-parts';
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

/** A4's text block less the caption line: a scan or a scanned page is scaled to fit it. */
const scanImage = { display: 'block', maxWidth: '100%', maxHeight: '215mm', objectFit: 'contain', mx: 'auto' } as const;
const caption = { fontSize: '10.5pt', mb: 1 } as const;

function ScanSheets({ part }: { part: ScanPart }) {
  const { title } = part.item;
  if (part.content === 'image') {
    return <Box sx={sheet} data-testid="dossier-part"><Typography sx={caption}>{title}</Typography><Box component="img" src={part.url} alt={title} sx={scanImage} /></Box>;
  }
  if (part.content === 'placeholder') {
    const name = part.item.source === 'attachment' ? part.item.attachment.name : title;
    return (
      <Box sx={sheet} data-testid="dossier-part">
        <Typography sx={caption}>{title}</Typography>
        <Typography role="note" sx={{ fontSize: '14pt', mt: 6, textAlign: 'center' }}>{placeholderText(name, part.problem)}</Typography>
      </Box>
    );
  }
  return (
    <>
      {part.urls.map((url, index) => {
        const label = `${title} 第${index + 1}页（共${part.urls.length}页）`;
        return (
          <Box key={url} sx={sheet} data-testid={index === 0 ? 'dossier-part' : 'dossier-part-page'}>
            <Typography sx={caption}>{label}</Typography>
            <Box component="img" src={url} alt={label} sx={scanImage} />
          </Box>
        );
      })}
    </>
  );
}

export function PartSheet({ part, onPages }: { part: DossierPart; onPages: (pages: number) => void }) {
  useEffect(() => {
    if (part.content !== 'docx') onPages(scanPartPages(part));
  }, [part, onPages]);
  if (part.content !== 'docx') return <ScanSheets part={part} />;
  return <Box sx={sheet} data-testid="dossier-part"><DocxPart bytes={part.bytes} onPages={onPages} /></Box>;
}
