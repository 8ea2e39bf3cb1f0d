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

  it('carry the procedure facts of schema version 1 both ways, the reviewer\'s qualification as one choice', () => {
    const full: Draft<'enforcementCase'> = {
      ...draft,
      decision: { ...draft.decision!, performance: '十五日内缴纳', remedies: '六十日内申请复议', agencyName: '忠仁镇人民政府', sealedOn: '2026-09-30' },
      legalReview: { ...draft.legalReview!, firstTime: true, legalProfessionQualified: true },
      publicity: { ...draft.publicity!, changedOn: '2026-11-05', changeKind: 'revoked', withdrawnOn: '2026-11-06' },
      notice: { proposedContent: '拟罚款伍佰元', proposedFine: 500 },
      statement: { madeOn: '2026-09-12', form: 'oral', summary: '初次违法', reviewedOn: '2026-09-25', reviewResult: 'rejected', reviewReason: '证据确凿' },
      hearing: { noticeOn: '2026-09-15', place: '镇政府会议室', host: '钱主持' },
      collectiveDiscussion: { discussedOn: '2026-09-29', participants: '镇长', conclusion: '同意' },
      evidencePreservation: { registeredOn: '2026-09-03', items: '焚烧工具', handledOn: '2026-09-10' },
      closing: { reason: 'courtEnforcement', note: '已申请强制执行' },
    };
    const values = enforcementValuesOf(recordOf(full));
    expect(values.legalReview.qualification).toBe('firstQualified');
    expect(enforcementDraftOf(values)).toEqual(full);
    values.legalReview.qualification = 'experienced';
    expect(enforcementDraftOf(values).legalReview).toMatchObject({ firstTime: false });
    expect(enforcementDraftOf(values).legalReview).not.toHaveProperty('legalProfessionQualified');
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
    for (const block of ['notice', 'statement', 'hearing', 'collectiveDiscussion', 'evidencePreservation', 'closing']) {
      expect(result).not.toHaveProperty(block);
    }
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
