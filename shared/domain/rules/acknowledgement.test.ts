// Issue 7 item 3: a warning acknowledged with a reason is kept in 修改记录, readable by older apps.
import { describe, expect, it } from 'vitest';
import type { RecordHistory } from '../schemas/index';
import { acknowledgementChange, acknowledgementReasonIssues, acknowledgementsOf, ACK_REASON_MAX } from './acknowledgement';
import type { DomainIssue } from '../issue';

const late: DomainIssue = { code: 'ENF_PUBLICITY_LATE', message: '处罚决定应在7个工作日内公示', field: 'publicity.publishedOn', severity: 'warning' };
const entry = (at: string, person: string, changes: RecordHistory['changes']): RecordHistory => ({
  id: at, recordId: 'r1', recordKind: 'enforcementCase', townshipId: 'zhongren', at, actor: { person, deviceId: 'd1' }, action: 'update', changes,
});

describe('acknowledging a warning', () => {
  it('[ACK_REASON_MISSING] [ACK_REASON_TOO_LONG] [TEXT_UNSTORABLE] a reason is required, at most 500 characters, storable', () => {
    expect(acknowledgementReasonIssues('  ').map((i) => i.code)).toEqual(['ACK_REASON_MISSING']);
    expect(acknowledgementReasonIssues('甲'.repeat(ACK_REASON_MAX + 1))[0]?.message).toContain('最多 500 字');
    expect(acknowledgementReasonIssues('已报\u0000批').map((i) => i.code)).toEqual(['TEXT_UNSTORABLE']);
    expect(acknowledgementReasonIssues('已经局长批准延期公示')).toEqual([]);
  });

  it('is one history change that names the warning and keeps its text and the reason', () => {
    expect(acknowledgementChange(late, ' 系统故障，已补公示 ')).toEqual({
      field: 'warnings.ENF_PUBLICITY_LATE.publicity.publishedOn',
      before: '处罚决定应在7个工作日内公示',
      after: '系统故障，已补公示',
    });
  });

  it('is read back from history per warning, the latest winning, ordinary changes ignored', () => {
    const history = [
      entry('2026-12-02T08:00:00.000Z', '李四', [acknowledgementChange(late, '第二次')]),
      entry('2026-12-01T08:00:00.000Z', '张三', [acknowledgementChange(late, '第一次'), { field: 'matter', before: 'a', after: 'b' }]),
      entry('2026-12-01T09:00:00.000Z', '张三', [acknowledgementChange({ ...late, code: 'ENF_RECORDINGS_MISSING', field: undefined }, '现场无法录像')]),
    ];
    const found = acknowledgementsOf(history);
    expect([...found.keys()].sort()).toEqual(['ENF_PUBLICITY_LATE.publicity.publishedOn', 'ENF_RECORDINGS_MISSING']);
    expect(found.get('ENF_PUBLICITY_LATE.publicity.publishedOn')).toMatchObject({ code: 'ENF_PUBLICITY_LATE', field: 'publicity.publishedOn', reason: '第二次', person: '李四' });
    expect(found.get('ENF_RECORDINGS_MISSING')).toMatchObject({ code: 'ENF_RECORDINGS_MISSING', reason: '现场无法录像', person: '张三' });
    expect(found.get('ENF_RECORDINGS_MISSING')).not.toHaveProperty('field');
  });
});
