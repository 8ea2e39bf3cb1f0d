// What a record lacks for a document is named as the form names it (decision 020).
import { describe, expect, it } from 'vitest';
import { mediationFieldLabels } from '../fields/mediation-case';
import { MissingList } from './missing';

describe('MissingList', () => {
  it('gives the names trimmed without the blank ones, and lists nothing while one is left', () => {
    const missing = new MissingList(mediationFieldLabels);
    expect(missing.names([' 张调解 ', '', '  ', '李调解'], 'mediators')).toEqual(['张调解', '李调解']);
    expect(missing.items).toEqual([]);
  });

  it('names the field by its Chinese label when no name is left, or when a text is blank', () => {
    const missing = new MissingList(mediationFieldLabels);
    expect(missing.names([' '], 'mediators')).toEqual([]);
    expect(missing.text('  ', 'agreement.performancePlace')).toBe('');
    missing.lacks('sessions');
    expect(missing.items).toEqual([
      { code: 'DOC_FIELD_MISSING', message: '调解员', field: 'mediators' },
      { code: 'DOC_FIELD_MISSING', message: '履行地点', field: 'agreement.performancePlace' },
      { code: 'DOC_FIELD_MISSING', message: '调解记录', field: 'sessions' },
    ]);
  });
});
