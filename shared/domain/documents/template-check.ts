// Whether a .docx the county uploads can replace a 文书's template: a Word document no larger than the bound whose
// placeholders are all fields the document's fill produces. The fill's fields are read from the shipped template,
// whose placeholders scripts/templates.test.ts proves are exactly them; so a variant may leave a field out, never
// name one the fill lacks (fill-template.ts would refuse it at print time, on a township PC). Pure (decision 025).
import Docxtemplater from 'docxtemplater';
import InspectModule from 'docxtemplater/js/inspect-module.js';
import PizZip from 'pizzip';
import { templateOptions } from './fill-template';
import { maxTemplateBytes } from './template-variant';

export type TemplateCheck = { ok: true } | { ok: false; code: string; message: string };

const refused = (code: string, message: string): TemplateCheck => ({ ok: false, code, message });

/** Every placeholder as a path: 'caseNumber', and a loop's own as 'parties.name'. */
function placeholderPaths(tags: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(tags).flatMap(([name, inner]) => {
    const path = `${prefix}${name}`;
    const children = inner && typeof inner === 'object' ? Object.keys(inner) : [];
    return children.length > 0 ? [path, ...placeholderPaths(inner as Record<string, unknown>, `${path}.`)] : [path];
  });
}

function placeholdersOf(template: Uint8Array): string[] {
  const inspect = new InspectModule();
  new Docxtemplater(new PizZip(template), { ...templateOptions, modules: [inspect], errorLogging: false });
  return placeholderPaths(inspect.getAllTags());
}

function openDocx(bytes: Uint8Array): PizZip | undefined {
  try {
    const zip = new PizZip(bytes);
    return zip.file('word/document.xml') ? zip : undefined;
  } catch {
    return undefined;
  }
}

/** A loop's field may also name an outer field ({townshipName} inside {#parties}), as docxtemplater resolves it. */
const known = (path: string, fields: ReadonlySet<string>): boolean => fields.has(path) || fields.has(path.slice(path.lastIndexOf('.') + 1));

export function checkTemplate(candidate: Uint8Array, shipped: Uint8Array): TemplateCheck {
  if (candidate.length === 0) return refused('DOC_TEMPLATE_EMPTY', '所选文件是空的，请选择用 Word 或 WPS 保存的 .docx 模板');
  if (candidate.length > maxTemplateBytes) {
    return refused('DOC_TEMPLATE_TOO_LARGE', `模板文件 ${Math.ceil(candidate.length / 1024)} KB，超过 ${maxTemplateBytes / 1024} KB 的上限；请删去图片等内容后再上传`);
  }
  if (!openDocx(candidate)) return refused('DOC_TEMPLATE_NOT_DOCX', '所选文件不是 Word 文档（.docx）；请在 Word 或 WPS 中“另存为” .docx 格式后再上传');
  let paths: string[];
  try {
    paths = placeholdersOf(candidate);
  } catch {
    return refused('DOC_TEMPLATE_SYNTAX', '模板中的占位符写法有误（花括号不成对或循环未结束，如 {#parties} 缺少 {/parties}），请对照下载的模板修改');
  }
  const fields = new Set(placeholdersOf(shipped));
  const unknown = paths.filter((path) => !known(path, fields));
  if (unknown.length > 0) {
    return refused('DOC_TEMPLATE_FIELD_UNKNOWN', `模板中的占位符 ${unknown.map((path) => `「${path}」`).join('、')} 不是本文书可填写的内容；请只使用下载的模板中已有的占位符`);
  }
  return { ok: true };
}
