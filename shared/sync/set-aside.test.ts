import { describe, expect, it } from 'vitest';
import type { SyncDocument } from './messages';
import { conflictBase, planPush, settleSent, type SetAsideRecords } from './set-aside';

const doc = (id: string, summary: string): SyncDocument => ({ id, summary, _deleted: false });
const at = '2026-12-05T08:00:00.000Z';

describe('[C11] setting aside records the server cannot store', () => {
  it('sends the storable rows and sets aside the one holding U+0000, naming its field', () => {
    const records: SetAsideRecords = new Map();
    const good = doc('a', '邻里纠纷');
    const bad = doc('b', 'a\u0000b');
    const plan = planPush(records, [{ newDocumentState: good }, { newDocumentState: bad }], at);
    expect(plan.send).toEqual([{ newDocumentState: good }]);
    expect(plan.setAside).toEqual(['b']);
    expect(records.get('b')).toEqual({ paths: ['summary'], base: null, at });
  });

  it('keeps the server’s state from before the bad edit, also when the bad record is edited again', () => {
    const records: SetAsideRecords = new Map();
    const onServer = doc('a', '原摘要');
    const bad1 = doc('a', 'x\ud800');
    const bad2 = doc('a', 'y\udc00');
    planPush(records, [{ newDocumentState: bad1, assumedMasterState: onServer }], at);
    // RxDB now assumes the server holds bad1.
    planPush(records, [{ newDocumentState: bad2, assumedMasterState: bad1 }], at);
    expect(records.get('a')?.base).toEqual(onServer);
  });

  it('pushes the fixed record against the server’s real state, and forgets it once the server took it', () => {
    const records: SetAsideRecords = new Map();
    const onServer = doc('a', '原摘要');
    const bad = doc('a', '新摘要\u0000');
    const fixed = doc('a', '新摘要');
    planPush(records, [{ newDocumentState: bad, assumedMasterState: onServer }], at);
    const plan = planPush(records, [{ newDocumentState: fixed, assumedMasterState: bad }], at);
    expect(plan.send).toEqual([{ newDocumentState: fixed, assumedMasterState: onServer }]);
    expect(conflictBase(records, bad)).toEqual(onServer);
    expect(settleSent(records, ['a'], new Set(['a']))).toBe(false);
    expect(records.has('a')).toBe(true);
    expect(settleSent(records, ['a'], new Set())).toBe(true);
    expect(records.has('a')).toBe(false);
  });

  it('a fixed new record is sent as new (no assumed state the server never had)', () => {
    const records: SetAsideRecords = new Map();
    const bad = doc('n', '\u0000');
    planPush(records, [{ newDocumentState: bad }], at);
    expect(planPush(records, [{ newDocumentState: doc('n', 'ok'), assumedMasterState: bad }], at).send).toEqual([{ newDocumentState: doc('n', 'ok') }]);
  });

  it('leaves rows of records never set aside exactly as RxDB gave them', () => {
    const records: SetAsideRecords = new Map();
    const row = { newDocumentState: doc('a', '二'), assumedMasterState: doc('a', '一') };
    expect(planPush(records, [row], at).send[0]).toBe(row);
    expect(conflictBase(records, row.assumedMasterState)).toBe(row.assumedMasterState);
  });
});
