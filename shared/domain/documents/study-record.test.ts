import { describe, expect, it } from 'vitest';
import type { StudySession } from '../schemas/study-session';
import { studyDraft } from '../rules/test-fixtures';
import type { DocumentContext } from './document';
import { studyRecordDocument } from './study-record';

const context: DocumentContext = {
  townshipName: '忠仁镇', committeeName: '忠仁镇人民调解委员会', today: '2026-10-20', showPersonal: true,
  referenceNames: { 'law:xingzheng-chufa-fa': '中华人民共和国行政处罚法', 'law:renmin-tiaojie-fa': '中华人民共和国人民调解法' },
};
const record = (overrides: Partial<StudySession> = {}): StudySession =>
  ({ ...studyDraft(), place: '镇政府三楼会议室', summary: '逐条学习行政处罚法第五章', ...overrides }) as StudySession;
const fill = (overrides: Partial<StudySession> = {}, ctx = context) => studyRecordDocument.fill(record(overrides), ctx);

describe('学法记录', () => {
  it('states the form, meeting, date, place, hours, lecturer, the laws by name, who took part and what was studied', () => {
    const { fields, missing } = fill({ lawIds: ['law:xingzheng-chufa-fa', 'law:renmin-tiaojie-fa'] });
    expect(missing).toEqual([]);
    expect(fields).toEqual({
      organiser: '忠仁镇人民政府', topic: '学习行政处罚法', kind: '会前学法', meetings: [{ line: '第12次镇政府常务会议' }],
      heldOn: '2026年6月12日', place: '镇政府三楼会议室', hours: '0.5小时', lecturer: '司法所所长',
      lawLines: [{ line: '《中华人民共和国行政处罚法》、《中华人民共和国人民调解法》' }],
      participants: '镇长、副镇长（共2人）', summary: '逐条学习行政处罚法第五章',
    });
    expect(fill({ meetingName: undefined, lawIds: [] }).fields).toMatchObject({ meetings: [], lawLines: [] });
  });

  it('[DOC_REFERENCE_UNKNOWN] refuses a law the device cannot name', () => {
    expect(fill({ lawIds: ['law:unknown'] }).missing.map((item) => item.code)).toEqual(['DOC_REFERENCE_UNKNOWN']);
  });

  it('[DOC_FIELD_MISSING] names the place, participants and summary it lacks', () => {
    expect(fill({ place: undefined, participants: [], summary: ' ' }).missing.map((item) => item.message)).toEqual(['学习地点', '参加人员', '学习内容摘要']);
  });
});
