// The print view of one 文书 of one record: the same filled .docx as the Word download, laid out on A4 by
// docx-preview, printed through the bridge (desktop: saved as PDF; web: the browser's print dialog, which offers
// 另存为 PDF). A record that cannot fill the document shows what is missing instead.
import { useEffect, useState } from 'react';
import { Alert, Button, GlobalStyles, Stack, Typography } from '@mui/material';
import { useLocation } from 'wouter';
import { describeKind, recordHref, recordNounOf } from '#shared/domain/kinds/index';
import type { LedgerKind, LedgerRecordByKind } from '#shared/domain/schemas/index';
import { recordPage } from '../../app/record-page';
import { useFiles } from '../../app/files-context';
import { DocxPreview } from '../../components/docx/DocxPreview';
import { describeError } from '../../components/feedback/describe-error';
import { LoadingState } from '../../components/feedback/LoadingState';
import type { MadeDocument } from './make-document';
import { MissingList } from './MissingDialog';
import { printStyles } from './print-styles';
import { useDocuments } from './useDocuments';

function DocumentView<K extends LedgerKind>({ kind, record, documentId }: { kind: K; record: LedgerRecordByKind[K]; documentId: string }) {
  const { documents, make } = useDocuments(kind, record);
  const { printToPdf, saveFile } = useFiles();
  const [, navigate] = useLocation();
  const [made, setMade] = useState<MadeDocument | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const description = documents.find((item) => item.id === documentId);
  useEffect(() => {
    if (description) make(documentId).then(setMade, (error: unknown) => setFailure(describeError(error).message));
  }, [description, documentId, make]);

  if (!description) return <Alert severity="warning">{describeKind(kind).label}没有这种文书。</Alert>;
  const back = <Button onClick={() => navigate(recordHref(kind, record.id))}>返回{recordNounOf(kind)}</Button>;
  if (failure) return <Stack spacing={2} sx={{ alignItems: 'flex-start' }}><Alert severity="error">制作{description.title}失败：{failure}</Alert>{back}</Stack>;
  if (!made) return <LoadingState label={`正在制作${description.title}…`} />;
  if (!made.ok) {
    return (
      <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
        <Typography variant="h5" component="h1">暂不能制作{description.title}</Typography>
        <Alert severity="warning">还缺少以下内容，请先点「修改」补充后再制作：<MissingList missing={made.missing} /></Alert>
        {back}
      </Stack>
    );
  }
  const pdfName = made.fileName.replace(/\.docx$/, '.pdf');
  return (
    <>
      <GlobalStyles styles={printStyles} />
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2, displayPrint: 'none' }}>
        <Typography variant="h5" component="h1" sx={{ flexGrow: 1 }}>{description.title}</Typography>
        {back}
        <Button variant="outlined" onClick={() => void saveFile({ suggestedName: made.fileName, contents: made.bytes, filters: [{ name: 'Word 文档', extensions: ['docx'] }] })}>下载 Word</Button>
        <Button variant="contained" onClick={() => void printToPdf({ suggestedName: pdfName })}>打印 / 另存为 PDF</Button>
      </Stack>
      <DocxPreview bytes={made.bytes} testId="document-preview" />
    </>
  );
}

/** The print view's page for one kind (its route is `${path}/:id/documents/:documentId`). */
export function documentPrintPage<K extends LedgerKind>(kind: K) {
  return recordPage(kind, (record, { documentId = '' }) => <DocumentView kind={kind} record={record} documentId={decodeURIComponent(documentId)} />);
}
