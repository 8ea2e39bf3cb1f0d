import { describe, expect, it } from 'vitest';
import type { MediationCase } from '../schemas/mediation-case';
import { mediationDraft } from '../rules/test-fixtures';
import type { DocumentContext } from './document';
import { sessionRecordDocument } from './session-record';

const context: DocumentContext = { townshipName: '忠仁镇', committeeName: '忠仁镇人民调解委员会', today: '2026-10-20', showPersonal: true };
const fill = (overrides: Partial<MediationCase> = {}) =>
  sessionRecordDocument.fill({ ...mediationDraft(), caseNumber: '〔2026〕忠仁调字第12号', ...overrides }, context);

describe('人民调解笔录 (人民调解法 art. 27)', () => {
  it('lists each session by its number with time, place and record, and who was present', () => {
    const base = mediationDraft();
    const { fields, missing } = fill({ sessions: [...base.sessions, { date: '2026-10-18', place: '刘一家', record: '现场查看排水口' }] });
    expect(missing).toEqual([]);
    expect(fields.sessions).toEqual([
      { number: '第一次调解', date: '2026年10月15日', place: '忠仁镇调解室', record: '双方陈述，调解员释法说理，双方同意协商' },
      { number: '第二次调解', date: '2026年10月18日', place: '刘一家', record: '现场查看排水口' },
    ]);
    expect(fields).toMatchObject({ summary: '两户因院墙排水问题发生争执', parties: '申请人刘一、被申请人陈二', mediators: '张调解' });
  });

  it('[DOC_FIELD_MISSING] refuses a record with no session, or a session without its place', () => {
    expect(fill({ sessions: [] }).missing).toEqual([{ code: 'DOC_FIELD_MISSING', message: '调解记录', field: 'sessions' }]);
    expect(fill({ sessions: [{ date: '2026-10-15', record: '双方陈述' }] }).missing)
      .toEqual([{ code: 'DOC_FIELD_MISSING', message: '第一次调解的调解地点', field: 'sessions.0.place' }]);
  });
});
