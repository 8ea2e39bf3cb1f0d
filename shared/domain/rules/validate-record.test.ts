import { describe, expect, it } from 'vitest';
import type { Draft } from '../draft';
import { ledgerKinds, type LedgerKind } from '../schemas/index';
import { validateRecord } from '../by-kind/validate';
import { context, mediationDraft, only, studyDraft } from './test-fixtures';

describe('validateRecord', () => {
  it('[VALIDATE_EMPTY_FORM] an empty form of any kind gets the missing fields listed, never a crash', () => {
    for (const kind of ledgerKinds) {
      const issues = validateRecord(kind, {} as Draft<LedgerKind>, context());
      expect(issues.length, kind).toBeGreaterThan(0);
      expect(issues.every((issue) => issue.message.length > 0 && /[\u4e00-\u9fff]/.test(issue.message)), kind).toBe(true);
      expect(issues.some((issue) => issue.severity === 'error'), kind).toBe(true);
    }
  });

  it('[VALIDATE_FIELDS] every issue of an empty enforcement form points at a field', () => {
    const issues = validateRecord('enforcementCase', {} as Draft<'enforcementCase'>, context());
    expect(issues.map((issue) => issue.field)).toEqual(expect.arrayContaining(['category', 'procedure', 'matter', 'party.name', 'stages.filedOn', 'officerIds']));
  });

  it('[TEXT_UNSTORABLE] U+0000 and lone surrogates (pasted from another program) are refused on their field', () => {
    const draft = mediationDraft({ summary: 'a\u0000b' });
    draft.parties = draft.parties.map((party, index) => (index === 1 ? { ...party, name: '\udc00x' } : party));
    const issues = only(validateRecord('mediationCase', draft, context()), 'TEXT_UNSTORABLE');
    expect(issues.map((issue) => [issue.field, issue.severity])).toEqual([['summary', 'error'], ['parties.1.name', 'error']]);
    expect(issues[0]?.message).toMatch(/无法保存/);
    expect(only(validateRecord('studySession', studyDraft({ topic: 'abc\ud800' }), context()), 'TEXT_UNSTORABLE')).toHaveLength(1);
    expect(only(validateRecord('mediationCase', mediationDraft({ summary: '邻里😀纠纷' }), context()), 'TEXT_UNSTORABLE')).toEqual([]);
  });
});
