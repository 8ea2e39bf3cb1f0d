// One 文书 of one record as a .docx: the fill says what goes in (or what is missing), the template source gives
// the template, fillTemplate puts them together. Refused, never half-empty, when the record lacks something.
import type { DocumentContext, DocumentDescription, MissingItem } from '#shared/domain/documents/index';
import { fillTemplate } from '#shared/domain/documents/fill-template';
import type { TemplateSource } from './template-source';

export type MadeDocument =
  | { ok: true; bytes: Uint8Array; fileName: string }
  | { ok: false; missing: MissingItem[] };

/** Characters Windows refuses in a file name. */
const unsafe = /[\\/:*?"<>|]/g;

export async function makeDocument<R>(
  description: DocumentDescription<R>, record: R, recordTitle: string, context: DocumentContext, templates: TemplateSource,
): Promise<MadeDocument> {
  const { fields, missing } = description.fill(record, context);
  if (missing.length > 0) return { ok: false, missing };
  const template = await templates.load(description.template);
  if (!template) throw new Error(`DOC_TEMPLATE_MISSING: 找不到文书模板 ${description.template}`);
  return { ok: true, bytes: fillTemplate(template, fields), fileName: `${description.title} ${recordTitle}.docx`.replace(unsafe, '_') };
}
