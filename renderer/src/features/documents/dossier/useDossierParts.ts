// Gathers what a 卷宗 binds, one step at a time with progress: every 文书 the case can make (refused ones are
// left out and named), then each planned attachment from the local file store — an image, or a PDF's every page
// (decision 027), each page a step of the progress. Cancelling aborts the work at the next step or page and frees
// every object URL made; nothing is written anywhere until the official prints the finished view.
import { useEffect, useState } from 'react';
import { describeKind } from '#shared/domain/kinds/index';
import { planDossier, type DossierAttachment, type DossierItem, type DossierPlan } from '#shared/domain/dossier/dossier';
import type { LedgerKind, LedgerRecordByKind } from '#shared/domain/schemas/index';
import { describeError } from '../../../components/feedback/describe-error';
import { useFileSync } from '../../attachments/useFileStates';
import { useDocuments } from '../useDocuments';
import { ObjectUrls } from './object-urls';
import { bindScan, type ScanBinding, type ScanPart } from './scan-parts';

/** A bound item ready to lay out: a filled .docx, or a scan (an image, a PDF's pages, or a placeholder page). */
export type DossierPart = { item: DossierItem; content: 'docx'; bytes: Uint8Array } | ScanPart;

export type DossierState =
  | { phase: 'working'; done: number; total: number; step: string }
  | { phase: 'refused'; plan: Extract<DossierPlan, { ok: false }> }
  | { phase: 'failed'; message: string }
  | { phase: 'ready'; plan: Extract<DossierPlan, { ok: true }>; parts: DossierPart[]; leftOut: string[] };

export function useDossierParts<K extends LedgerKind>(kind: K, record: LedgerRecordByKind[K], cancelled: boolean): DossierState {
  const { documents, make, context } = useDocuments(kind, record);
  const { fileSync, error: filesError } = useFileSync();
  const [state, setState] = useState<DossierState>({ phase: 'working', done: 0, total: 1, step: '正在准备…' });
  const attachments = (record as { attachments?: DossierAttachment[] }).attachments ?? [];

  useEffect(() => {
    const dossier = describeKind(kind).dossier;
    if (cancelled || !dossier || (!fileSync && filesError === undefined)) return undefined;
    const abort = new AbortController();
    const urls = new ObjectUrls();
    const live = () => !abort.signal.aborted;
    const run = async () => {
      let total = documents.length + attachments.length;
      let done = 0;
      const made = new Map<string, string>();
      const bytes = new Map<string, Uint8Array>();
      const leftOut: string[] = [];
      for (const document of documents) {
        if (!live()) return;
        setState({ phase: 'working', done, total, step: `正在制作${document.title}` });
        const result = await make(document.id);
        done += 1;
        if (result.ok) { made.set(document.id, document.title); bytes.set(document.id, result.bytes); } else leftOut.push(`${document.title}（${result.missing.map((item) => item.message).join('、')}）`);
      }
      // A scan cannot be masked: only a reader who may see the parties' personal data binds them (decision 023).
      const bound = context.showPersonal ? attachments : [];
      if (!context.showPersonal && attachments.length > 0) leftOut.push('附件扫描件（可能含身份证号码等个人信息，只有承办乡镇可以装订）');
      const plan = planDossier(dossier, record, context.townshipName, made, bound);
      if (!plan.ok) { if (live()) setState({ phase: 'refused', plan }); return; }
      const binding: ScanBinding = {
        read: (attachment) => {
          if (!fileSync) throw filesError instanceof Error ? filesError : new Error('附件存储打不开');
          return fileSync.read(attachment.sha256, attachment.size);
        },
        urls,
        signal: abort.signal,
        foundPages: (pages) => { total += pages; },
        step: (next) => { if (live()) setState({ phase: 'working', done: done++, total, step: next }); },
        pdfPagesUsed: 0,
      };
      const parts: DossierPart[] = [];
      for (const item of plan.items) {
        if (!live()) return;
        if (item.source === 'document') { parts.push({ item, content: 'docx', bytes: bytes.get(item.documentId) ?? new Uint8Array() }); continue; }
        binding.step(`正在读取附件「${item.attachment.name}」`);
        parts.push(await bindScan(item, binding));
      }
      if (live()) setState({ phase: 'ready', plan, parts, leftOut });
    };
    run().catch((error: unknown) => {
      if (live()) setState({ phase: 'failed', message: describeError(error).message });
    });
    return () => {
      abort.abort();
      urls.revokeAll();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- attachments is derived from record
  }, [kind, record, documents, make, context, fileSync, filesError, cancelled]);
  return state;
}
