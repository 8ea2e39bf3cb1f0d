// 卷宗 (人民调解法 art. 27: 立卷归档): a case's 文书 and 附件 bound in its kind's checklist order behind a cover and a
// 卷内目录 (decision 023). Pure: what goes in and in which order, and which page each item starts on; the renderer
// lays it out and prints it.
import type { MissingItem } from '../documents/document';

/** One entry of the checklist: the 文书 the app makes for it and the 附件 purposes that belong to it. */
export interface DossierSection {
  title: string;
  /** Ids of the kind's 文书 (documents/), in binding order. */
  documents: readonly string[];
  /** The 附件用途 (kind's attachmentPurposes) filed under this entry. */
  attachmentPurposes: readonly string[];
}

/** The cover: the words on it, label and value, in order. 卷号 and 保管期限 are required. */
export interface DossierCover {
  title: string;
  rows: readonly (readonly [label: string, value: string])[];
}

export interface DossierDescription<R> {
  /** The checklist, in the order the 卷宗 is bound. Attachments of no section go last, as 其他材料. */
  sections: readonly DossierSection[];
  /** The cover, or what the record lacks for it. */
  cover(record: R, townshipName: string): { cover: DossierCover; missing: MissingItem[] };
}

/** An attachment as the record references it (files/, decision 009). */
export interface DossierAttachment {
  sha256: string;
  size: number;
  name: string;
  mimeType: string;
  purpose: string;
}

export type DossierItem =
  | { source: 'document'; documentId: string; title: string }
  | { source: 'attachment'; attachment: DossierAttachment; title: string };

export type DossierPlan =
  | { ok: true; cover: DossierCover; items: DossierItem[] }
  | { ok: false; missing: MissingItem[] };

export const otherMaterialsTitle = '其他材料';

/**
 * What the 卷宗 holds, in checklist order: per section its 文书 that could be made (`made`: id → title), then its
 * attachments in the order they were added; attachments of no section last. Refused (never a cover with a gap, never
 * an empty 卷宗) when the cover lacks something or nothing would be bound.
 */
export function planDossier<R>(
  description: DossierDescription<R>, record: R, townshipName: string,
  made: ReadonlyMap<string, string>, attachments: readonly DossierAttachment[],
): DossierPlan {
  const { cover, missing } = description.cover(record, townshipName);
  const items: DossierItem[] = [];
  const filed = new Set<string>();
  const attachmentItem = (attachment: DossierAttachment): DossierItem => ({ source: 'attachment', attachment, title: `${attachment.purpose}（${attachment.name}）` });
  for (const section of description.sections) {
    for (const documentId of section.documents) {
      const title = made.get(documentId);
      if (title !== undefined) items.push({ source: 'document', documentId, title });
    }
    for (const attachment of attachments) {
      if (!section.attachmentPurposes.includes(attachment.purpose) || filed.has(attachment.sha256)) continue;
      filed.add(attachment.sha256);
      items.push(attachmentItem(attachment));
    }
  }
  for (const attachment of attachments) {
    if (!filed.has(attachment.sha256)) items.push({ ...attachmentItem(attachment), title: `${otherMaterialsTitle}：${attachmentItem(attachment).title}` });
  }
  const refusals = [...missing];
  if (items.length === 0) refusals.push({ code: 'DOSSIER_EMPTY', message: '案件还没有可以装订的文书或附件（先补全案件，或添加扫描件）' });
  return refusals.length > 0 ? { ok: false, missing: refusals } : { ok: true, cover, items };
}

/** A row of the 卷内目录: 序号, the item, and the printed pages it takes. */
export interface ContentsRow {
  number: number;
  title: string;
  pages: string;
}

/** Rows of the 卷内目录 one A4 page holds. */
export const contentsRowsPerPage = 18;

/**
 * The 卷内目录 from each item's page count, in binding order; an item has at least one page. Pages are numbered as
 * printed (the page number at the foot of each page): the cover is page 1, the 目录 takes the next page(s).
 */
export function tableOfContents(items: readonly { title: string }[], pageCounts: readonly number[]): ContentsRow[] {
  let next = 2 + Math.max(1, Math.ceil(items.length / contentsRowsPerPage));
  return items.map((item, index) => {
    const count = Math.max(1, Math.floor(pageCounts[index] ?? 1));
    const first = next;
    next += count;
    return { number: index + 1, title: item.title, pages: count === 1 ? `${first}` : `${first}–${first + count - 1}` };
  });
}
