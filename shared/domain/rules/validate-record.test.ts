import { describe, expect, it } from 'vitest';
import type { Draft } from '../draft';
import { ledgerKinds, type LedgerKind } from '../schemas/index';
import { validateRecord } from './index';
import { context } from './test-fixtures';

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
});
