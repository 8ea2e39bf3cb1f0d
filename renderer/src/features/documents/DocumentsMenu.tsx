// 「文书」 on a record's page: each document of its kind, to download as Word (.docx) or open to print. A document
// the record cannot fill yet opens the list of what is missing instead.
import { useState } from 'react';
import { Alert, Button, Divider, ListSubheader, Menu, MenuItem, Snackbar } from '@mui/material';
import type { LedgerKind, LedgerRecordByKind } from '#shared/domain/schemas/index';
import { describeKind, recordHref } from '#shared/domain/kinds/index';
import type { MissingItem } from '#shared/domain/documents/index';
import { useLocation } from 'wouter';
import { useFiles } from '../../app/files-context';
import { describeError } from '../../components/feedback/describe-error';
import { documentHref } from './documents-href';
import { MissingDialog } from './MissingDialog';
import { useDocuments } from './useDocuments';

export function DocumentsMenu<K extends LedgerKind>({ kind, record }: { kind: K; record: LedgerRecordByKind[K] }) {
  const { documents, make } = useDocuments(kind, record);
  const { saveFile } = useFiles();
  const [, navigate] = useLocation();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [refused, setRefused] = useState<{ title: string; missing: MissingItem[] } | null>(null);
  const [notice, setNotice] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  if (documents.length === 0) return null;

  const download = async (documentId: string, title: string) => {
    setAnchor(null);
    try {
      const made = await make(documentId);
      if (!made.ok) return setRefused({ title, missing: made.missing });
      const saved = await saveFile({ suggestedName: made.fileName, contents: made.bytes, filters: [{ name: 'Word 文档', extensions: ['docx'] }] });
      if (!saved.ok) return setNotice({ severity: 'error', text: `保存${title}失败：${saved.error.message}` });
      if (saved.value.savedTo) setNotice({ severity: 'success', text: `已保存${title}` });
    } catch (error) {
      setNotice({ severity: 'error', text: `制作${title}失败：${describeError(error).message}` });
    }
  };

  const print = async (documentId: string, title: string) => {
    setAnchor(null);
    const made = await make(documentId).catch((error: unknown) => {
      setNotice({ severity: 'error', text: `制作${title}失败：${describeError(error).message}` });
      return null;
    });
    if (made && !made.ok) setRefused({ title, missing: made.missing });
    else if (made) navigate(documentHref(kind, record.id, documentId));
  };

  return (
    <>
      <Button variant="outlined" aria-haspopup="menu" aria-expanded={anchor ? 'true' : undefined} onClick={(event) => setAnchor(event.currentTarget)}>文书</Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)} aria-label="文书">
        {documents.flatMap((document, index) => [
          ...(index > 0 ? [<Divider key={`${document.id}-divider`} />] : []),
          <ListSubheader key={`${document.id}-title`}>{document.title}</ListSubheader>,
          <MenuItem key={`${document.id}-docx`} onClick={() => void download(document.id, document.title)}>下载{document.title}（Word）</MenuItem>,
          <MenuItem key={`${document.id}-print`} onClick={() => void print(document.id, document.title)}>打印{document.title}</MenuItem>,
        ])}
        {describeKind(kind).dossier && [
          <Divider key="dossier-divider" />,
          <ListSubheader key="dossier-title">卷宗</ListSubheader>,
          <MenuItem key="dossier-print" onClick={() => { setAnchor(null); navigate(`${recordHref(kind, record.id)}/dossier`); }}>打印卷宗（封面、卷内目录、文书和附件）</MenuItem>,
        ]}
      </Menu>
      {refused && <MissingDialog title={refused.title} missing={refused.missing} onClose={() => setRefused(null)} />}
      <Snackbar open={notice !== null} autoHideDuration={6000} onClose={() => setNotice(null)}>
        {notice ? <Alert severity={notice.severity} onClose={() => setNotice(null)}>{notice.text}</Alert> : undefined}
      </Snackbar>
    </>
  );
}
