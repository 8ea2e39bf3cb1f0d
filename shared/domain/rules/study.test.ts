import { describe, expect, it } from 'vitest';
import { validateRecord } from '../by-kind/validate';
import { codesOf, context, only, studyDraft } from './test-fixtures';

const check = (overrides: Parameters<typeof studyDraft>[0], extra = {}) => validateRecord('studySession', studyDraft(overrides), context(extra));

describe('study session rules', () => {
  it('a complete 会前学法 record has no issues', () => {
    expect(check({})).toEqual([]);
  });

  it('[STUDY_LAW_MISSING] 会前学法 needs at least one law', () => {
    expect(only(check({ lawIds: [] }), 'STUDY_LAW_MISSING')[0]).toMatchObject({ field: 'lawIds', severity: 'error' });
    expect(codesOf(check({ kind: 'cadre', lawIds: [], meetingName: undefined }))).toEqual([]);
  });

  it('[STUDY_LAW_UNKNOWN] laws come from the catalogue', () => {
    expect(only(check({ lawIds: ['行政处罚法'] }), 'STUDY_LAW_UNKNOWN')[0]).toMatchObject({ field: 'lawIds.0' });
    const withCatalogue = check({ lawIds: ['law:xianfa', 'law:made-up'] }, { lawIds: new Set(['law:xianfa']) });
    expect(only(withCatalogue, 'STUDY_LAW_UNKNOWN').map((issue) => issue.field)).toEqual(['lawIds.1']);
  });

  it('[STUDY_LAW_DUPLICATE] the same law twice is flagged', () => {
    expect(codesOf(check({ lawIds: ['law:xianfa', 'law:xianfa'] }))).toEqual(['STUDY_LAW_DUPLICATE']);
  });

  it('[STUDY_MEETING_NAME_MISSING] 会前学法 names the meeting', () => {
    expect(only(check({ meetingName: ' ' }), 'STUDY_MEETING_NAME_MISSING')[0]).toMatchObject({ field: 'meetingName', severity: 'error' });
  });

  it('[STUDY_HOURS_INVALID] hours must be more than zero', () => {
    expect(only(check({ hours: 0 }), 'STUDY_HOURS_INVALID')[0]).toMatchObject({ field: 'hours', severity: 'error' });
    expect(only(check({ hours: 1.2 }), 'NUMBER_INVALID')[0]).toMatchObject({ field: 'hours' });
  });

  it('[STUDY_PARTICIPANT_NAME_MISSING] participant names are not empty', () => {
    const issues = check({ participants: [{ name: '镇长' }, { name: '' }] });
    expect(only(issues, 'STUDY_PARTICIPANT_NAME_MISSING')[0]).toMatchObject({ field: 'participants.1.name' });
  });

  it('[STUDY_PARTICIPANTS_MISSING] a session without participants warns', () => {
    expect(only(check({ participants: [] }), 'STUDY_PARTICIPANTS_MISSING')[0]?.severity).toBe('warning');
  });

  it('[STUDY_EXAM_SCORE_RANGE] exam scores are 0–100', () => {
    const issues = check({ participants: [{ name: '镇长', examScore: 101 }, { name: '副镇长', examScore: -1 }, { name: '委员', examScore: 100 }] });
    expect(only(issues, 'STUDY_EXAM_SCORE_RANGE').map((issue) => issue.field)).toEqual(['participants.0.examScore', 'participants.1.examScore']);
  });

  it('[FIELD_REQUIRED] organiser, topic and (except for exams) lecturer are required', () => {
    expect(only(check({ organiser: '', topic: '', lecturer: '' }), 'FIELD_REQUIRED').map((issue) => issue.field)).toEqual(['organiser', 'topic', 'lecturer']);
    expect(codesOf(check({ kind: 'exam', lecturer: '', meetingName: undefined }))).toEqual([]);
  });

  it('[VALUE_NOT_ALLOWED] the kind is one of the listed forms', () => {
    const issues = check({ kind: 'party' as never });
    expect(only(issues, 'VALUE_NOT_ALLOWED')[0]?.message).toContain('会前学法');
  });
});
