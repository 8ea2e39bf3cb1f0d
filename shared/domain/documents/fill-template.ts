// Fills a .docx template's docxtemplater placeholders with a document's fields. Pure (bytes in, bytes out), so the
// renderer and the template test use the same filling. A placeholder the fill does not produce is an error,
// not an empty gap on the paper: a county's replaced template naming an unknown field is refused (decision 020).
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import type { DocumentFields } from './document';

export class TemplateFieldError extends Error {
  readonly code = 'DOC_TEMPLATE_FIELD_UNKNOWN';
  constructor(readonly placeholder: string) {
    super(`文书模板中的占位符「${placeholder}」不是本文书可填写的内容，请检查模板`);
  }
}

export const templateOptions = {
  /** A loop tag alone on its paragraph repeats the paragraphs between, without leaving empty ones. */
  paragraphLoop: true,
  /** Line breaks the official typed (协议内容 in several lines) stay line breaks. */
  linebreaks: true,
} as const;

export function fillTemplate(template: Uint8Array, fields: DocumentFields): Uint8Array {
  const document = new Docxtemplater(new PizZip(template), {
    ...templateOptions,
    nullGetter: (part) => {
      throw new TemplateFieldError(part.value);
    },
  });
  document.render(fields);
  return document.getZip().generate({ type: 'uint8array', compression: 'DEFLATE' });
}
