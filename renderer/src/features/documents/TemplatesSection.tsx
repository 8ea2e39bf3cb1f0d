// 基础数据 → 文书模板: every form with the template it is made from now (随软件提供, or the county's with who replaced
// it and when). Anyone may download the current one; the county uploads its own variant — checked here, before
// anything is saved or sent — and may restore the shipped one. The county's entries reach every township by sync.
import { useState, type ChangeEvent } from 'react';
import { Alert, Button, Stack, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { allDocuments } from '#shared/domain/by-kind/documents';
import { checkTemplate } from '#shared/domain/documents/template-check';
import { restoredEntry, templateVariantEntries, templateVariantEntry } from '#shared/domain/documents/template-variant';
import type { DocumentDescription } from '#shared/domain/documents/index';
import { useFiles } from '../../app/files-context';
import { describeError } from '../../components/feedback/describe-error';
import { sha256Hex } from '../../files/file-crypto';
import { changedByText } from '../reference/changed-entry';
import { ReferenceSection } from '../reference/ReferenceSection';
import { useReferenceKind } from '../reference/useReferenceKind';
import { useAppStore } from '../../app/store-context';
import { useClock } from '../../app/useToday';
import { currentTemplates } from './county-templates';
import { shippedTemplates } from './template-source';

type Notice = { severity: 'success' | 'error'; text: string };

export function TemplatesSection({ editable }: { editable: boolean }) {
  const { entries: settings, error, store, actor } = useReferenceKind('setting');
  const { reference } = useAppStore();
  const clock = useClock();
  const { saveFile } = useFiles();
  const [notice, setNotice] = useState<Notice | null>(null);
  const stamp = () => ({ updatedAt: clock().toISOString(), updatedBy: { ...actor } });

  const download = async ({ template, title }: DocumentDescription<never>) => {
    try {
      const bytes = await currentTemplates(reference).load(template);
      if (!bytes) throw new Error(`找不到${title}的模板`);
      const saved = await saveFile({ suggestedName: `${title}模板.docx`, contents: bytes, filters: [{ name: 'Word 文档', extensions: ['docx'] }] });
      if (!saved.ok) setNotice({ severity: 'error', text: `保存${title}模板失败：${saved.error.message}` });
    } catch (failure) {
      setNotice({ severity: 'error', text: `下载${title}模板失败：${describeError(failure).message}` });
    }
  };

  const upload = async ({ template, title }: DocumentDescription<never>, event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const shipped = await shippedTemplates.load(template);
      if (!shipped) throw new Error(`找不到${title}的随软件模板`);
      const check = checkTemplate(bytes, shipped);
      if (!check.ok) return setNotice({ severity: 'error', text: `「${file.name}」不能作为${title}模板：${check.message}` });
      await store(templateVariantEntries(template, title, bytes, await sha256Hex(bytes), stamp()));
      setNotice({ severity: 'success', text: `已替换${title}模板；各乡镇同步后，新制作的${title}使用此模板` });
    } catch (failure) {
      setNotice({ severity: 'error', text: `上传${title}模板失败：${describeError(failure).message}` });
    }
  };

  const restore = async ({ title }: DocumentDescription<never>, entry: Parameters<typeof restoredEntry>[0]) => {
    try {
      await store([restoredEntry(entry, stamp())]);
      setNotice({ severity: 'success', text: `已恢复随软件提供的${title}模板；各乡镇同步后生效` });
    } catch (failure) {
      setNotice({ severity: 'error', text: `恢复${title}模板失败：${describeError(failure).message}` });
    }
  };

  return (
    <ReferenceSection title="文书模板" loadError={error} loaded={settings !== undefined}
      description="各类文书的 Word 模板。县司法局可下载当前模板，在 Word 或 WPS 中修改文字和版式（花括号中的占位符只能保留或删去，不能新增），再上传替换；同步后各乡镇新制作的文书即使用县里的模板。">
      {notice && <Alert severity={notice.severity} role={notice.severity === 'error' ? 'alert' : 'status'} sx={{ mb: 1 }} onClose={() => setNotice(null)}>{notice.text}</Alert>}
      <Table size="small" aria-label="文书模板">
        <TableHead>
          <TableRow><TableCell>文书</TableCell><TableCell>台账</TableCell><TableCell>使用的模板</TableCell><TableCell>操作</TableCell></TableRow>
        </TableHead>
        <TableBody>
          {allDocuments().map(({ ledger, document }) => {
            const entry = settings && templateVariantEntry(settings, document.template);
            const replaced = entry?.active === true;
            return (
              <TableRow key={document.id}>
                <TableCell>{document.title}</TableCell>
                <TableCell>{ledger}</TableCell>
                <TableCell>{replaced ? `县司法局模板（${changedByText(entry)}）` : '随软件提供'}</TableCell>
                <TableCell>
                  <Stack direction="row" spacing={1}>
                    <Button size="small" aria-label={`下载${document.title}模板`} onClick={() => void download(document)}>下载</Button>
                    {editable && (
                      <Button size="small" component="label">
                        上传替换
                        <input hidden type="file" accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                          aria-label={`上传替换${document.title}模板`} onChange={(event) => void upload(document, event)} />
                      </Button>
                    )}
                    {editable && replaced && (
                      <Button size="small" aria-label={`恢复${document.title}默认模板`} onClick={() => void restore(document, entry)}>恢复默认</Button>
                    )}
                  </Stack>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </ReferenceSection>
  );
}
