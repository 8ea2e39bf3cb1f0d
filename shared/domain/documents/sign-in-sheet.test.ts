import { describe, expect, it } from 'vitest';
import { studyDraft } from '../rules/test-fixtures';
import type { Draft } from '../draft';
import type { DocumentContext } from './document';
import { signInSheetDocument } from './sign-in-sheet';

const context: DocumentContext = { townshipName: '忠仁镇', committeeName: '忠仁镇人民调解委员会', today: '2026-06-01', showPersonal: true };
const fill = (overrides: Partial<Draft<'studySession'>> = {}) =>
  signInSheetDocument.fill({ ...studyDraft(), place: '镇政府三楼会议室', ...overrides }, context);

describe('学法签到表', () => {
  it('heads the blank sheet with the session\'s title, date, place and organiser (printable before anyone took part)', () => {
    const { fields, missing } = fill({ participants: [] });
    expect(missing).toEqual([]);
    expect(fields).toEqual({ topic: '学习行政处罚法', heldOn: '2026年6月12日', place: '镇政府三楼会议室', organiser: '忠仁镇人民政府' });
  });

  it('[DOC_FIELD_MISSING] needs the place to print where to come', () => {
    expect(fill({ place: ' ' }).missing).toEqual([{ code: 'DOC_FIELD_MISSING', message: '学习地点', field: 'place' }]);
  });
});
