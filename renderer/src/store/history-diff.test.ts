import { describe, expect, it } from 'vitest';
import { diffRecords, PERSONAL_PLACEHOLDER } from './history-diff';

describe('diffRecords', () => {
  it('names each changed leaf by its dotted path', () => {
    const before = { status: 'accepted', parties: [{ name: '张三' }, { name: '李四' }], agreement: { form: 'oral' } };
    const after = { status: 'succeeded', parties: [{ name: '张三' }, { name: '李四四' }], agreement: { form: 'oral', terms: '赔偿500元' } };
    expect(diffRecords(before, after)).toEqual([
      { field: 'status', before: 'accepted', after: 'succeeded' },
      { field: 'parties.1.name', before: '李四', after: '李四四' },
      { field: 'agreement.terms', after: '赔偿500元' },
    ]);
  });

  it('records an added or removed list item and a removed field', () => {
    expect(diffRecords({ mediators: ['甲'], closedOn: '2026-01-01' }, { mediators: ['甲', '乙'] })).toEqual([
      { field: 'closedOn', before: '2026-01-01' },
      { field: 'mediators.1', after: '乙' },
    ]);
  });

  it('tells the first session of an empty list by its own lines, not as "[] → （空）"', () => {
    const before = { sessions: [] };
    const after = { sessions: [{ date: '2026-11-02', record: '双方陈述' }] };
    expect(diffRecords(before, after)).toEqual([
      { field: 'sessions.0.date', after: '2026-11-02' },
      { field: 'sessions.0.record', after: '双方陈述' },
    ]);
    expect(diffRecords(after, before)).toEqual([
      { field: 'sessions.0.date', before: '2026-11-02' },
      { field: 'sessions.0.record', before: '双方陈述' },
    ]);
  });

  it('masks every value under personal', () => {
    const changes = diffRecords(
      { personal: { parties: [{ partyId: 'p1', idNumber: '11010519491231002X' }] } },
      { personal: { parties: [{ partyId: 'p1', idNumber: '110105194912310021', phone: '13800000000' }] } },
    );
    expect(changes).toEqual([
      { field: 'personal.parties.0.idNumber', before: PERSONAL_PLACEHOLDER, after: PERSONAL_PLACEHOLDER },
      { field: 'personal.parties.0.phone', after: PERSONAL_PLACEHOLDER },
    ]);
  });

  it('ignores the fields the store maintains itself', () => {
    expect(diffRecords({ updatedAt: 'a', searchText: 'x', newestFirstKey: '1', partyIdHashes: ['h'] }, { updatedAt: 'b', searchText: 'y', newestFirstKey: '2', partyIdHashes: [] })).toEqual([]);
  });

  it('cuts long values to the length the history schema allows', () => {
    const [change] = diffRecords({ summary: '' }, { summary: '长'.repeat(5000) });
    expect(change?.after?.length).toBe(2000);
  });
});
