// 普法活动 (decision 037): 中办、国办《关于实行国家机关“谁执法谁普法”普法责任制的意见》(2017) and the county plan's
// (十二) count the activities and the people they reached.
import { describe, expect, it } from 'vitest';
import { validateRecord } from '../by-kind/validate';
import type { Draft } from '../draft';
import { codesOf, context, only, studyDraft } from './test-fixtures';

const activity = (overrides: Partial<Draft<'studySession'>> = {}) => studyDraft({
  kind: 'publicLegalEducation', meetingName: undefined, organiser: '忠仁镇综合行政执法办公室', topic: '食品安全法进市场',
  lecturer: '', place: '忠仁镇农贸市场', audience: '市场商户及赶集群众', peopleReached: 120, participants: [], ...overrides,
});
const check = (draft: Draft<'studySession'>) => validateRecord('studySession', draft, context());

describe('普法活动 rules (谁执法谁普法, plan (十二))', () => {
  it('a complete activity has no issue, without a lecturer or a name list (leaflets at a market stall)', () => {
    expect(check(activity())).toEqual([]);
  });

  it('[PLE_AUDIENCE_MISSING] the plan counts whom an activity reached: the audience is named', () => {
    expect(only(check(activity({ audience: ' ' })), 'PLE_AUDIENCE_MISSING')[0]).toMatchObject({ field: 'audience', severity: 'error' });
  });

  it('[PLE_PEOPLE_REACHED_MISSING] and the number of people reached is given, a whole number of at least 1', () => {
    expect(only(check(activity({ peopleReached: undefined })), 'PLE_PEOPLE_REACHED_MISSING')[0]).toMatchObject({ field: 'peopleReached', severity: 'error' });
    expect(only(check(activity({ peopleReached: 12.5 })), 'NUMBER_INVALID')[0]?.message).toBe('受众人数应为整数，现为12.5');
    expect(only(check(activity({ peopleReached: 0 })), 'NUMBER_OUT_OF_RANGE')[0]?.field).toBe('peopleReached');
  });

  it('[PLE_PLACE_MISSING] an activity says where it was held', () => {
    expect(only(check(activity({ place: undefined })), 'PLE_PLACE_MISSING')[0]?.message).toContain('活动地点');
  });

  it('[PLE_LAW_MISSING] 谁执法谁普法: the unit explains the laws it enforces — without one chosen, a warning', () => {
    const issues = check(activity({ lawIds: [] }));
    expect(codesOf(issues)).toEqual(['PLE_LAW_MISSING']);
    expect(issues[0]?.severity).toBe('warning');
  });

  it('[PLE_FIELDS_OTHER_KIND] audience and people reached belong to a 普法活动 only', () => {
    expect(only(check(studyDraft({ audience: '群众' })), 'PLE_FIELDS_OTHER_KIND')[0]).toMatchObject({ field: 'audience', severity: 'error' });
    expect(only(check(studyDraft({ peopleReached: 30 })), 'PLE_FIELDS_OTHER_KIND')[0]?.field).toBe('peopleReached');
  });

  it('the 学法 kinds keep their rules: a lecture still needs its lecturer and warns without participants', () => {
    expect(codesOf(check(studyDraft({ kind: 'lecture', meetingName: undefined, lecturer: '', participants: [] }))).sort())
      .toEqual(['FIELD_REQUIRED', 'STUDY_PARTICIPANTS_MISSING']);
  });
});
