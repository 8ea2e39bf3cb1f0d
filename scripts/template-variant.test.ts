// A county's template travels as 基础数据 entries and is read back whole, or not at all until every part is here;
// a candidate is refused with a Chinese message unless it is a .docx naming only the form's fields (decision 025).
// It starts from a shipped template in resources/, so it lives here and not beside template-variant.ts: shared/
// reads no file outside itself.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import { referenceDataSchema } from '#shared/domain/schemas/reference-data';
import { allDocuments } from '#shared/domain/by-kind/documents';
import { checkTemplate } from '#shared/domain/documents/template-check';
import { maxTemplateBytes, restoredEntry, templateVariantEntries, templateVariantOf } from '#shared/domain/documents/template-variant';

const shipped = new Uint8Array(readFileSync(resolve(import.meta.dirname, '../resources/templates/mediation-agreement.docx')));
const stamp = { updatedAt: '2026-12-06T02:00:00.000Z', updatedBy: { person: '县司法局王五', deviceId: 'county-pc' } };
const sha = 'ab'.repeat(32);

/** The shipped 协议书 with its title's text changed (a county's own wording). */
function edited(replace: (xml: string) => string): Uint8Array {
  const zip = new PizZip(shipped);
  zip.file('word/document.xml', replace(zip.file('word/document.xml')?.asText() ?? ''));
  return zip.generate({ type: 'uint8array' });
}

describe('a county template variant in 基础数据', () => {
  const variant = edited((xml) => xml.replace('人民调解协议书', '绥滨县人民调解协议书'));
  const entries = templateVariantEntries('mediation-agreement.docx', '人民调解协议书', variant, sha, stamp);

  it('is entries the referenceData schema takes, for every form and a variant as large as allowed', () => {
    const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
    ajv.addVocabulary(['version', 'primaryKey', 'indexes', 'encrypted']);
    const validate = ajv.compile(referenceDataSchema);
    const largest = new Uint8Array(maxTemplateBytes).fill(255);
    const all = [
      ...entries,
      ...templateVariantEntries('mediation-agreement.docx', '人民调解协议书', largest, sha, stamp),
      ...allDocuments().flatMap(({ document }) => templateVariantEntries(document.template, document.title, variant, sha, stamp)),
    ];
    for (const entry of all) expect({ id: entry.id, valid: validate(entry), errors: validate.errors }).toEqual({ id: entry.id, valid: true, errors: null });
  });

  it('is read back byte for byte from its entries, whatever order they arrive in', () => {
    expect(entries.every((entry) => entry.kind === 'setting' && (entry.details.text ?? '').length <= 2000)).toBe(true);
    expect(entries.length).toBeGreaterThan(2);
    const read = templateVariantOf([...entries].reverse(), 'mediation-agreement.docx');
    expect(read?.sha256).toBe(sha);
    expect(read && Buffer.from(read.bytes).equals(Buffer.from(variant))).toBe(true);
  });

  it('is not used while a part has not been pulled, nor for another template, nor once restored', () => {
    expect(templateVariantOf(entries.filter((_, index) => index !== 1), 'mediation-agreement.docx')).toBeUndefined();
    expect(templateVariantOf(entries, 'penalty-decision.docx')).toBeUndefined();
    const manifest = entries.at(-1);
    if (!manifest) throw new Error('no manifest');
    const restored = entries.map((entry) => (entry === manifest ? restoredEntry(entry, stamp) : entry));
    expect(templateVariantOf(restored, 'mediation-agreement.docx')).toBeUndefined();
  });

  it('a newer variant replaces the older, whose parts never mix in', () => {
    const newer = edited((xml) => xml.replace('人民调解协议书', '第二版协议书'));
    const next = templateVariantEntries('mediation-agreement.docx', '人民调解协议书', newer, 'cd'.repeat(32), stamp);
    const manifestId = next.at(-1)?.id;
    const merged = [...entries.filter((entry) => entry.id !== manifestId), ...next];
    const read = templateVariantOf(merged, 'mediation-agreement.docx');
    expect(read && Buffer.from(read.bytes).equals(Buffer.from(newer))).toBe(true);
  });
});

describe('checking a template the county uploads', () => {
  it('takes the shipped one and an edited one, and one that leaves a field out', () => {
    expect(checkTemplate(shipped, shipped)).toEqual({ ok: true });
    expect(checkTemplate(edited((xml) => xml.replace('人民调解协议书', '绥滨县人民调解协议书')), shipped)).toEqual({ ok: true });
    expect(checkTemplate(edited((xml) => xml.replace('{performancePlace}', '')), shipped)).toEqual({ ok: true });
  });

  it('refuses a file that is not a .docx, an empty one and one over the bound', () => {
    const text = checkTemplate(new TextEncoder().encode('这不是 Word 文档'), shipped);
    expect(text).toMatchObject({ ok: false, code: 'DOC_TEMPLATE_NOT_DOCX' });
    expect(text.ok ? '' : text.message).toContain('不是 Word 文档');
    const zipWithoutDocument = new PizZip().file('a.txt', 'x').generate({ type: 'uint8array' });
    expect(checkTemplate(zipWithoutDocument, shipped)).toMatchObject({ ok: false, code: 'DOC_TEMPLATE_NOT_DOCX' });
    expect(checkTemplate(new Uint8Array(), shipped)).toMatchObject({ ok: false, code: 'DOC_TEMPLATE_EMPTY' });
    const large = checkTemplate(new Uint8Array(maxTemplateBytes + 1), shipped);
    expect(large).toMatchObject({ ok: false, code: 'DOC_TEMPLATE_TOO_LARGE' });
    expect(large.ok ? '' : large.message).toContain('512 KB');
  });

  it('refuses placeholders the form does not fill, naming them, and a broken loop', () => {
    const unknown = checkTemplate(edited((xml) => xml.replace('{facts}', '{facts}{村民小组}').replace('{line}', '{line}{phone}')), shipped);
    expect(unknown).toMatchObject({ ok: false, code: 'DOC_TEMPLATE_FIELD_UNKNOWN' });
    expect(unknown.ok ? '' : unknown.message).toContain('「村民小组」');
    expect(unknown.ok ? '' : unknown.message).toContain('「parties.phone」');
    expect(checkTemplate(edited((xml) => xml.replace('{/parties}', '')), shipped)).toMatchObject({ ok: false, code: 'DOC_TEMPLATE_SYNTAX' });
  });
});
