import { describe, expect, it } from 'vitest';
import type { Draft } from '#shared/domain/draft';
import type { EnforcementCase } from '#shared/domain/schemas/index';
import { enforcementDraftOf, enforcementFormFieldOf, enforcementValuesOf, newEnforcementValues } from './form-values';

const draft: Draft<'enforcementCase'> = {
  category: 'penalty', procedure: 'ordinary', powerItemId: 'powerItem:chufa-lutian-fenshao-jiegan', matter: '露天焚烧秸秆',
  party: { kind: 'organisation', name: '绥滨县忠仁农机合作社', creditCode: '93230422MA1B2C3D4E', legalRepresentative: '马九' },
  personal: { phone: '0468-7891234', address: '忠仁村' },
  officerIds: ['o1', 'o2'],
  stages: { filedOn: '2026-09-01', investigatedOn: '2026-09-03', decidedOn: '2026-09-30' },
  legalBasis: '《中华人民共和国大气污染防治法》第一百一十九条', discretionLevel: 'standard', major: true,
  decision: { outcome: 'penalty', content: '罚款伍佰元', fineAmount: 500, documentNumber: '忠仁综执罚决字〔2026〕第3号' },
  legalReview: { reviewedOn: '2026-09-29', reviewer: '孙法审', opinion: 'approve' },
  publicity: { publishedOn: '2026-10-09', channel: '政府网站' },
  recordings: [{ stage: 'investigated', medium: 'video', description: '执法记录仪录像', attachmentSha256: 'a'.repeat(64) }],
  attachments: [],
};

const recordOf = (fields: Draft<'enforcementCase'>) => ({ ...fields, id: 'c1', caseNumber: '〔2026〕执字第1号', stage: 'decided' }) as unknown as EnforcementCase;

describe('enforcement form values', () => {
  it('turn a record into form values and back without losing or inventing a field', () => {
    expect(enforcementDraftOf(enforcementValuesOf(recordOf(draft)))).toEqual(draft);
  });

  it('leave out blocks nobody filled in and the ID number of an organisation', () => {
    const values = newEnforcementValues('2026-11-30');
    values.party = { kind: 'organisation', name: '某公司', creditCode: '', legalRepresentative: '' };
    values.personal.idNumber = '11010519491231002X';
    const result = enforcementDraftOf(values);
    expect(result.personal).toEqual({});
    expect(result).not.toHaveProperty('decision');
    expect(result).not.toHaveProperty('legalReview');
    expect(result).not.toHaveProperty('publicity');
    expect(result.stages).toEqual({ filedOn: '2026-11-30' });
  });

  it('keep a half-filled decision so the rules can name what is missing', () => {
    const values = newEnforcementValues('2026-11-30');
    values.decision.content = '罚款';
    expect(enforcementDraftOf(values).decision).toEqual({ content: '罚款' });
  });

  it('show every officer issue at the officer picker', () => {
    expect(enforcementFormFieldOf('officerIds')).toBe('officerIds');
    expect(enforcementFormFieldOf('officerIds.1')).toBe('officerIds');
    expect(enforcementFormFieldOf('legalReview')).toBe('legalReview.reviewedOn');
    expect(enforcementFormFieldOf('stages.decidedOn')).toBe('stages.decidedOn');
  });
});
