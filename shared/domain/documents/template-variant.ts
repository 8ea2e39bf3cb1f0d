// A county's own variant of a 文书 template, carried to every PC in 基础数据 (decision 025). 基础数据 is written by
// the county and read by every device, so the variant travels by the sync that already carries the targets and the
// law catalogue: a 'setting' entry names the template (its SHA-256 and size) and the bytes follow as base64 parts,
// each a 'setting' entry of its own (details.text holds at most 2,000 characters), named by the variant's hash so
// two variants' parts never mix. No schema change, no server change. Pure: the renderer hashes and stores.
import type { ReferenceData } from '../schemas/index';

export const templateVariantCategory = 'documentTemplate';
export const templatePartCategory = 'documentTemplatePart';
/** A county's template may be at most this large (a Word-edited form is 20–60 KB; 512 KiB leaves room for a logo). */
export const maxTemplateBytes = 512 * 1024;
/** details.text's maxLength in the referenceData schema. */
const partChars = 2000;

type Stamp = Pick<ReferenceData, 'updatedAt' | 'updatedBy'>;

// Ids are at most 40 characters ('setting:' + code): the form's base name, and 96 bits of the hash with the part's number.
const variantCode = (template: string): string => `tpl:${template.replace(/\.docx$/, '')}`;
const partCode = (sha256: string, index: number): string => `tp:${sha256.slice(0, 24)}:${index}`;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

const fromBase64 = (text: string): Uint8Array => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));

const setting = (code: string, name: string, sortOrder: number, active: boolean, details: ReferenceData['details'], stamp: Stamp): ReferenceData => ({
  id: `setting:${code}`, kind: 'setting', code, name, sortOrder, active, details, ...stamp,
});

/** The entries that make `bytes` the county's `template` (its title names the entry): the parts, then the entry naming them. */
export function templateVariantEntries(template: string, title: string, bytes: Uint8Array, sha256: string, stamp: Stamp): ReferenceData[] {
  const text = toBase64(bytes);
  const parts: ReferenceData[] = [];
  for (let index = 0; index * partChars < text.length; index += 1) {
    parts.push(setting(partCode(sha256, index), `${title} 模板第 ${index + 1} 段`, index, true,
      { category: templatePartCategory, text: text.slice(index * partChars, (index + 1) * partChars) }, stamp));
  }
  return [...parts, setting(variantCode(template), title, 0, true, { category: templateVariantCategory, text: sha256, value: bytes.length }, stamp)];
}

/** The county's entry for `template`, replaced (active) or restored to the shipped one (inactive); undefined if never replaced. */
export const templateVariantEntry = (settings: readonly ReferenceData[], template: string): ReferenceData | undefined =>
  settings.find((entry) => entry.kind === 'setting' && entry.code === variantCode(template) && entry.details.category === templateVariantCategory);

/** The entry that puts the shipped template back (the parts stay: 基础数据 is never deleted, and a PC may still be pulling them). */
export const restoredEntry = (entry: ReferenceData, stamp: Stamp): ReferenceData => ({ ...entry, active: false, ...stamp });

/**
 * The county's bytes for `template`, or undefined when the county has not replaced it, has restored the shipped one, or this
 * PC has not pulled every part yet (the shipped template serves until it has; the caller checks the hash).
 */
export function templateVariantOf(settings: readonly ReferenceData[], template: string): { bytes: Uint8Array; sha256: string } | undefined {
  const entry = templateVariantEntry(settings, template);
  const sha256 = entry?.details.text;
  const size = entry?.details.value;
  if (!entry?.active || typeof sha256 !== 'string' || typeof size !== 'number') return undefined;
  const texts = new Map(settings.filter((part) => part.details.category === templatePartCategory).map((part) => [part.code, part.details.text ?? '']));
  let text = '';
  for (let index = 0; index * partChars < Math.ceil(size / 3) * 4; index += 1) {
    const part = texts.get(partCode(sha256, index));
    if (part === undefined) return undefined;
    text += part;
  }
  const bytes = fromBase64(text);
  return bytes.length === size ? { bytes, sha256 } : undefined;
}
