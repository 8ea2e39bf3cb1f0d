// 打印卷宗: a case's 卷宗 as one print view — cover, 卷内目录, then its 文书 and scans in the checklist's order
// (decision 023) — printed through the bridge (desktop: saved as PDF; web: the browser's dialog, 另存为 PDF).
// Gathering a 卷宗 of many scans shows progress and can be cancelled; printing is offered only once all is laid out.
import { useCallback, useMemo, useState } from 'react';
import { Alert, Box, Button, GlobalStyles, LinearProgress, Stack, Typography } from '@mui/material';
import { useLocation } from 'wouter';
import { tableOfContents } from '#shared/domain/dossier/dossier';
import { describeKind, recordHref } from '#shared/domain/kinds/index';
import type { LedgerKind, LedgerRecordByKind } from '#shared/domain/schemas/index';
import { recordPage } from '../../../app/record-page';
import { useFiles } from '../../../app/files-context';
import { MissingList } from '../MissingDialog';
import { printStyles } from '../print-styles';
import { ContentsSheet, CoverSheet, PartSheet } from './DossierSheets';
import { useDossierParts, type DossierPart } from './useDossierParts';

/** The cover and the 目录 print without a page number; the 目录 gives each item its printed page number. */
const frontPageStyles = { '@media print': { '@page dossier-front': { '@bottom-center': { content: 'none' } } } } as const;

function Laid({ parts, onPages }: { parts: DossierPart[]; onPages: (index: number, pages: number) => void }) {
  const reporters = useMemo(() => parts.map((_, index) => (pages: number) => onPages(index, pages)), [parts, onPages]);
  return <>{parts.map((part, index) => <PartSheet key={index} part={part} onPages={reporters[index]!} />)}</>;
}

function DossierView<K extends LedgerKind>({ kind, record }: { kind: K; record: LedgerRecordByKind[K] }) {
  const [, navigate] = useLocation();
  const { printToPdf } = useFiles();
  const [cancelled, setCancelled] = useState(false);
  const state = useDossierParts(kind, record, cancelled);
  const [pages, setPages] = useState<Record<number, number>>({});
  const onPages = useCallback((index: number, count: number) => setPages((known) => (known[index] === count ? known : { ...known, [index]: count })), []);
  const title = describeKind(kind).title(record);
  const back = () => navigate(recordHref(kind, record.id));
  const backButton = <Button onClick={back}>返回案件</Button>;

  if (state.phase === 'failed') return <Stack spacing={2} sx={{ alignItems: 'flex-start' }}><Alert severity="error">制作卷宗失败：{state.message}</Alert>{backButton}</Stack>;
  if (state.phase === 'refused') {
    return (
      <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
        <Typography variant="h5" component="h1">暂不能制作卷宗</Typography>
        <Alert severity="warning">案件还缺少以下内容，请先点「修改」补充后再制作：<MissingList missing={state.plan.missing} /></Alert>
        {backButton}
      </Stack>
    );
  }
  if (state.phase === 'working') {
    return (
      <Stack spacing={2} sx={{ maxWidth: 480 }} role="status" aria-label="卷宗制作进度">
        <Typography variant="h5" component="h1">正在制作卷宗</Typography>
        <Typography>{state.step}（{state.done}/{state.total}）</Typography>
        <LinearProgress variant="determinate" value={(100 * state.done) / Math.max(1, state.total)} />
        <Box><Button onClick={() => { setCancelled(true); back(); }}>取消</Button></Box>
      </Stack>
    );
  }
  const counted = state.parts.every((_, index) => pages[index] !== undefined);
  const rows = tableOfContents(state.plan.items, state.parts.map((_, index) => pages[index] ?? 1));
  return (
    <>
      <GlobalStyles styles={printStyles} />
      <GlobalStyles styles={frontPageStyles} />
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2, displayPrint: 'none' }}>
        <Typography variant="h5" component="h1" sx={{ flexGrow: 1 }}>卷宗 {title}</Typography>
        {backButton}
        <Button variant="contained" disabled={!counted} onClick={() => void printToPdf({ suggestedName: `卷宗 ${title}.pdf`.replace(/[\\/:*?"<>|]/g, '_') })}>
          {counted ? '打印 / 另存为 PDF' : '正在排版…'}
        </Button>
      </Stack>
      {state.leftOut.length > 0 && (
        <Alert severity="info" sx={{ mb: 2, displayPrint: 'none' }}>以下材料未装入卷宗：{state.leftOut.join('；')}</Alert>
      )}
      <Box data-testid="dossier" sx={{ maxWidth: '210mm', mx: 'auto', '@media print': { maxWidth: 'none' } }}>
        <CoverSheet cover={state.plan.cover} />
        <ContentsSheet rows={rows} />
        <Laid parts={state.parts} onPages={onPages} />
      </Box>
    </>
  );
}

/** The 卷宗 page of one kind (its route is `${path}/:id/dossier`). */
export function dossierPage<K extends LedgerKind>(kind: K) {
  return recordPage(kind, (record) => <DossierView kind={kind} record={record} />);
}
