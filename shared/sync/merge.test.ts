import { describe, expect, it } from 'vitest';
import { sameContent, sameValue } from './content-equal';
import { mergeDocuments, type MergeDocument } from './merge';

const base: MergeDocument = {
  id: 'r1',
  status: 'accepted',
  summary: '相邻通行纠纷',
  parties: [{ partyId: 'p1', name: '张三' }],
  personal: { idNumber: '23042219800101001X' },
  updatedAt: '2026-06-01T00:00:00.000Z',
  updatedBy: { person: '王', deviceId: 'a' },
  searchText: 'old',
  _deleted: false,
};
const at = (iso: string, person: string) => ({ updatedAt: iso, updatedBy: { person, deviceId: person } });
const searchOf = (doc: MergeDocument): MergeDocument => ({ ...doc, searchText: `${String(doc.summary)}|${JSON.stringify(doc.parties)}` });

describe('three-way merge of a refused push', () => {
  it('[C3] takes each side\'s change when they changed different fields', () => {
    const local = { ...base, status: 'mediated', ...at('2026-06-02T00:00:00.000Z', '甲') };
    const server = { ...base, summary: '通行纠纷（补充）', ...at('2026-06-03T00:00:00.000Z', '乙') };
    const { merged, collisions } = mergeDocuments({ base, local, server });
    expect(collisions).toEqual([]);
    expect(merged).toMatchObject({ status: 'mediated', summary: '通行纠纷（补充）', updatedAt: '2026-06-03T00:00:00.000Z', updatedBy: { person: '乙', deviceId: '乙' } });
  });

  it('[C3] keeps the scans both devices attached to one case offline, and drops one either side removed', () => {
    const ref = (sha: string, name: string) => ({ sha256: sha.repeat(64), name, mimeType: 'application/pdf', size: 10, purpose: 'agreement', addedAt: '2026-06-01T00:00:00.000Z' });
    const shared = { ...base, attachments: [ref('a', '协议书.pdf'), ref('b', '笔录.pdf')] };
    const local = { ...shared, attachments: [ref('a', '协议书.pdf'), ref('c', '签到表.pdf')] };
    const server = { ...shared, attachments: [ref('a', '协议书.pdf'), ref('b', '笔录.pdf'), ref('d', '现场照片.pdf')] };
    const { merged, collisions } = mergeDocuments({ base: shared, local, server });
    expect(collisions).toEqual([]);
    expect((merged.attachments as { name: string }[]).map((item) => item.name)).toEqual(['协议书.pdf', '现场照片.pdf', '签到表.pdf']);
  });

  it('[C3] takes a change both sides made alike without a collision', () => {
    const local = { ...base, status: 'mediated' };
    const server = { ...base, status: 'mediated' };
    expect(mergeDocuments({ base, local, server })).toEqual({ merged: { ...base, status: 'mediated' }, collisions: [] });
  });

  it('[C4] keeps the server value on a collision and hands back both values', () => {
    const local = { ...base, status: 'mediated', ...at('2026-06-05T00:00:00.000Z', '甲') };
    const server = { ...base, status: 'closed', ...at('2026-06-04T00:00:00.000Z', '乙') };
    const { merged, collisions } = mergeDocuments({ base, local, server });
    expect(merged.status).toBe('closed');
    expect(collisions).toEqual([{ field: 'status', local: 'mediated', server: 'closed' }]);
    // bookkeeping never collides: the later edit's time and person
    expect(merged).toMatchObject(at('2026-06-05T00:00:00.000Z', '甲'));
  });

  it('[C4] compares nested values (lists, objects) as a whole field', () => {
    const local = { ...base, parties: [{ partyId: 'p1', name: '张三丰' }] };
    const server = { ...base, parties: [{ name: '张三', partyId: 'p1' }, { partyId: 'p2', name: '李四' }] };
    const { merged, collisions } = mergeDocuments({ base, local, server });
    expect(collisions.map((c) => c.field)).toEqual(['parties']);
    expect(merged.parties).toEqual(server.parties);
  });

  it('[C3] treats an object whose keys only moved as unchanged', () => {
    const local = { ...base, personal: { idNumber: '23042219800101001X' }, parties: [{ name: '张三', partyId: 'p1' }] };
    const server = { ...base, status: 'closed' };
    expect(mergeDocuments({ base, local, server }).collisions).toEqual([]);
  });

  it('[C3] honours a field one side removed or added', () => {
    const { personal: _p, ...withoutPersonal } = base;
    const local = { ...withoutPersonal };
    const server = { ...base, note: '新增备注' };
    const { merged, collisions } = mergeDocuments({ base, local, server });
    expect(collisions).toEqual([]);
    expect(merged).not.toHaveProperty('personal');
    expect(merged.note).toBe('新增备注');
  });

  it('[C4] reports a removal against a change as a collision with local undefined', () => {
    const { personal: _p, ...withoutPersonal } = base;
    const server = { ...base, personal: { idNumber: '230422198001010011' } };
    const { merged, collisions } = mergeDocuments({ base, local: withoutPersonal, server });
    expect(collisions).toEqual([{ field: 'personal', local: undefined, server: server.personal }]);
    expect(merged.personal).toEqual(server.personal);
  });

  it('[C3] carries a deletion (tombstone) made on one side', () => {
    const local = { ...base, _deleted: true };
    const server = { ...base, summary: '改' };
    expect(mergeDocuments({ base, local, server }).merged).toMatchObject({ _deleted: true, summary: '改' });
  });

  it('[C5] recomputes derived fields from the merged fields, never reporting them', () => {
    const local = { ...base, summary: '本机改的摘要', searchText: 'local-derived' };
    const server = { ...base, parties: [{ partyId: 'p1', name: '张三丰' }], searchText: 'server-derived' };
    const { merged, collisions } = mergeDocuments({ base, local, server }, { derive: searchOf });
    expect(collisions).toEqual([]);
    expect(merged.searchText).toBe('本机改的摘要|[{"partyId":"p1","name":"张三丰"}]');
  });

  it('[C4] without a shared base every differing field is a collision (first pushes of one id)', () => {
    const local = { ...base, status: 'mediated' };
    const server = { ...base, status: 'closed', summary: base.summary };
    const { collisions } = mergeDocuments({ local, server });
    expect(collisions).toEqual([{ field: 'status', local: 'mediated', server: 'closed' }]);
  });

  it('[C4] converges: merging again against the merged state changes nothing', () => {
    const local = { ...base, status: 'mediated', summary: '本机' };
    const server = { ...base, status: 'closed' };
    const first = mergeDocuments({ base, local, server }, { derive: searchOf });
    const again = mergeDocuments({ base: server, local: first.merged, server: first.merged }, { derive: searchOf });
    expect(again.merged).toEqual(first.merged);
    expect(again.collisions).toEqual([]);
  });

  it('leaves RxDB bookkeeping (_rev, _meta, _attachments) out of the merged document', () => {
    const local = { ...base, _rev: '2-a', _meta: { lwt: 1 }, _attachments: {} };
    const { merged } = mergeDocuments({ base, local, server: { ...base, _rev: '3-b' } });
    expect(Object.keys(merged).filter((key) => ['_rev', '_meta', '_attachments'].includes(key))).toEqual([]);
  });
});

describe('content equality', () => {
  it('ignores key order, undefined members and RxDB bookkeeping, and nothing else', () => {
    expect(sameContent({ a: 1, b: { c: [1, { d: 2, e: 3 }] }, _rev: '1-x' }, { b: { c: [1, { e: 3, d: 2 }] }, a: 1, x: undefined, _meta: { lwt: 2 } })).toBe(true);
    expect(sameContent({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameContent({ a: 1 }, { a: '1' })).toBe(false);
    expect(sameContent({ a: null }, { a: undefined })).toBe(false);
    expect(sameContent({ a: {} }, { a: [] })).toBe(false);
    expect(sameValue({ _rev: 1 }, { _rev: 2 })).toBe(false);
  });
});
