// A PC makes its 文书 from the county's variant once it is here whole and hashes to its name; otherwise from the
// shipped template (decision 025).
import { describe, expect, it } from 'vitest';
import { templateVariantEntries } from '#shared/domain/documents/template-variant';
import type { ReferenceData } from '#shared/domain/schemas/index';
import { sha256Hex } from '../../files/file-crypto';
import { currentTemplates } from './county-templates';
import type { TemplateSource } from './template-source';

const stamp = { updatedAt: '2026-12-06T02:00:00.000Z', updatedBy: { person: '赵县局', deviceId: 'county' } };
const shipped: TemplateSource = { load: (name) => Promise.resolve(name === 'mediation-agreement.docx' ? new Uint8Array([1, 2, 3]) : undefined) };
const referenceOf = (entries: ReferenceData[]) => ({ list: () => Promise.resolve(entries) });

describe('the templates a 文书 is made from', () => {
  const variant = new Uint8Array(5000).map((_, index) => index % 251);

  it('is the county\'s variant when its bytes hash to the name it was given', async () => {
    const entries = templateVariantEntries('mediation-agreement.docx', '人民调解协议书', variant, await sha256Hex(variant), stamp);
    expect(await currentTemplates(referenceOf(entries), shipped).load('mediation-agreement.docx')).toEqual(variant);
    expect(await currentTemplates(referenceOf(entries), shipped).load('penalty-decision.docx')).toBeUndefined();
  });

  it('is the shipped one when the county\'s bytes do not hash right, or the county has replaced nothing', async () => {
    const entries = templateVariantEntries('mediation-agreement.docx', '人民调解协议书', variant, 'ef'.repeat(32), stamp);
    expect(await currentTemplates(referenceOf(entries), shipped).load('mediation-agreement.docx')).toEqual(new Uint8Array([1, 2, 3]));
    expect(await currentTemplates(referenceOf([]), shipped).load('mediation-agreement.docx')).toEqual(new Uint8Array([1, 2, 3]));
  });
});
