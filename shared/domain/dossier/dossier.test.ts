import { describe, expect, it } from 'vitest';
import type { MediationCase } from '../schemas/mediation-case';
import { mediationDraft } from '../rules/test-fixtures';
import { planDossier, tableOfContents, type DossierAttachment } from './dossier';
import { mediationDossier } from './mediation-dossier';

const record = (archive: MediationCase['archive'] = { volumeNumber: '2026-忠仁-017', keepingPeriod: 'long', archivedOn: '2026-11-20' }): MediationCase =>
  ({ ...mediationDraft(), caseNumber: '〔2026〕忠仁调字第12号', archive }) as MediationCase;
const scan = (name: string, purpose: string): DossierAttachment => ({ sha256: name, size: 10, name, mimeType: 'image/png', purpose });
const made = new Map([['mediation-agreement', '人民调解协议书'], ['session-record', '人民调解笔录'], ['rights-notice', '人民调解权利义务告知书']]);

describe('卷宗 (人民调解法 art. 27)', () => {
  it('binds 文书 and 附件 in the checklist order, each scan under its entry, unfiled scans last', () => {
    const plan = planDossier(mediationDossier, record(), '忠仁镇', made, [
      scan('photo.png', '其他'), scan('agreement.jpg', '调解协议书签字扫描件'), scan('record.png', '调解笔录'), scan('apply.png', '调解申请书'),
    ]);
    if (!plan.ok) throw new Error('refused');
    expect(plan.items.map((item) => item.title)).toEqual([
      '调解申请书（apply.png）', '人民调解权利义务告知书', '人民调解笔录', '调解笔录（record.png）', '人民调解协议书',
      '调解协议书签字扫描件（agreement.jpg）', '其他材料：其他（photo.png）',
    ]);
  });

  it('puts 卷号 and 保管期限 on the cover with the case', () => {
    const plan = planDossier(mediationDossier, record(), '忠仁镇', made, []);
    if (!plan.ok) throw new Error('refused');
    expect(plan.cover.title).toBe('人民调解卷宗');
    expect(plan.cover.rows).toEqual(expect.arrayContaining([['卷号', '2026-忠仁-017'], ['保管期限', '长期'], ['案号', '〔2026〕忠仁调字第12号'], ['归档日期', '2026-11-20']]));
  });

  it('[DOSSIER_COVER_MISSING] refuses a 卷宗 without 卷号 or 保管期限', () => {
    const plan = planDossier(mediationDossier, record({ archivedOn: '2026-11-20' }), '忠仁镇', made, []);
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    expect(plan.missing.map((item) => [item.code, item.field])).toEqual([
      ['DOSSIER_COVER_MISSING', 'archive.volumeNumber'], ['DOSSIER_COVER_MISSING', 'archive.keepingPeriod'],
    ]);
  });

  it('[DOSSIER_EMPTY] refuses a 卷宗 with nothing to bind', () => {
    const plan = planDossier(mediationDossier, record(), '忠仁镇', new Map(), []);
    expect(plan).toEqual({ ok: false, missing: [expect.objectContaining({ code: 'DOSSIER_EMPTY' })] });
  });

  it('numbers the 卷内目录 as printed: cover page 1, 目录 page 2, a multi-page item as a range', () => {
    expect(tableOfContents([{ title: '甲' }, { title: '乙' }, { title: '丙' }], [1, 3, 0])).toEqual([
      { number: 1, title: '甲', pages: '3' }, { number: 2, title: '乙', pages: '4–6' }, { number: 3, title: '丙', pages: '7' },
    ]);
  });

  it('leaves room for a 目录 longer than one page', () => {
    const items = Array.from({ length: 19 }, (_, index) => ({ title: `件${index}` }));
    expect(tableOfContents(items, items.map(() => 1))[0]!.pages).toBe('4');
  });
});
