// The county's 文书 templates on this PC: read from 基础数据 (pulled from the county server like every reference
// entry), used only when every part has arrived and the bytes hash to the name the county gave them (decision 025).
import { templateVariantOf } from '#shared/domain/documents/template-variant';
import { sha256Hex } from '../../files/file-crypto';
import type { ReferenceStore } from '../../store/contract';
import { firstFound, shippedTemplates, type TemplateSource } from './template-source';

export const countyTemplates = (reference: Pick<ReferenceStore, 'list'>): TemplateSource => ({
  async load(name) {
    const variant = templateVariantOf(await reference.list('setting'), name);
    if (!variant) return undefined;
    return (await sha256Hex(variant.bytes)) === variant.sha256 ? variant.bytes : undefined;
  },
});

/** What a 文书 is made from on this PC: the county's variant, else `fallback` (the shipped templates). */
export const currentTemplates = (reference: Pick<ReferenceStore, 'list'>, fallback: TemplateSource = shippedTemplates): TemplateSource =>
  firstFound(countyTemplates(reference), fallback);
