import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHash, sameContent } from './content-equal';
import { mergeDocuments, type MergeDocument } from './merge';
import { isOwnUnanswered, MAX_UNANSWERED_PER_RECORD, mergeBaseOf, rememberSent, settleAssumed, type UnansweredStates } from './unanswered-pushes';

const at = (iso: string) => ({ updatedAt: iso, updatedBy: { person: '王', deviceId: 'a' } });
const v0 = { id: 'r1', status: 'accepted', summary: '相邻通行纠纷', ...at('2026-06-01T00:00:00.000Z'), _deleted: false };
const v1 = { ...v0, status: 'mediating', ...at('2026-06-02T00:00:00.000Z') };
const v2 = { ...v1, status: 'accepted', ...at('2026-06-03T00:00:00.000Z') };

describe('content hash', () => {
  it('[C10] equal content hashes alike whatever the key order, undefined members and RxDB bookkeeping', () => {
    const reordered = { _deleted: false, ...at('2026-06-02T00:00:00.000Z'), summary: v1.summary, status: 'mediating', id: 'r1', note: undefined, _rev: '3-x', _meta: { lwt: 1 } };
    expect(sameContent(reordered, v1)).toBe(true);
    expect(canonicalJson(reordered)).toBe(canonicalJson(v1));
    expect(contentHash(reordered)).toBe(contentHash(v1));
  });

  it('[C10] a changed value, nested key or array order changes the hash', () => {
    expect(contentHash(v2)).not.toBe(contentHash(v1));
    expect(contentHash({ ...v1, updatedBy: { person: '李', deviceId: 'a' } })).not.toBe(contentHash(v1));
    expect(contentHash({ ...v1, list: [1, 2] })).not.toBe(contentHash({ ...v1, list: [2, 1] }));
    expect(contentHash({ ...v1, summary: '1' })).not.toBe(contentHash({ ...v1, summary: 1 }));
  });
});

describe('states pushed without an answer', () => {
  it('[C10] a state sent and not answered is recognised when the server hands it back, in any key order', () => {
    const states: UnansweredStates = new Map();
    expect(rememberSent(states, [v1])).toBe(true);
    expect(rememberSent(states, [v1])).toBe(false);
    const { _deleted, ...rest } = v1;
    const fromServer = JSON.parse(JSON.stringify({ _deleted, ...rest })) as typeof v1;
    expect(isOwnUnanswered(states, fromServer)).toBe(true);
    expect(isOwnUnanswered(states, v0)).toBe(false);
    expect(isOwnUnanswered(states, { ...v1, id: 'r2' })).toBe(false);
  });

  it('[C10] a state is forgotten only once RxDB notes it as the server\'s, with every state sent before it', () => {
    const states: UnansweredStates = new Map();
    rememberSent(states, [v1]);
    rememberSent(states, [v2, { ...v0, id: 'r2' }]);
    // The answer came but RxDB has not stored it (cancelled as the app closed): it still assumes v0.
    expect(settleAssumed(states, new Map([['r1', v0]]))).toBe(false);
    expect(isOwnUnanswered(states, v1)).toBe(true);
    expect(isOwnUnanswered(states, v2)).toBe(true);
    // RxDB notes v1: v2 may still be on its way, v1 can never come back as the server's.
    expect(settleAssumed(states, new Map([['r1', v1]]))).toBe(true);
    expect(isOwnUnanswered(states, v1)).toBe(false);
    expect(isOwnUnanswered(states, v2)).toBe(true);
    // A record RxDB has no state for, or notes another device's state for, keeps its states.
    expect(settleAssumed(states, new Map([['r2', { ...v0, id: 'r2', summary: '别的电脑改的' }]]))).toBe(false);
    expect(states.has('r2')).toBe(true);
    expect(settleAssumed(states, new Map<string, unknown>([['r1', { ...v2, _rev: '4-x', _meta: { lwt: 1 } }], ['r2', { ...v0, id: 'r2' }]]))).toBe(true);
    expect(states.size).toBe(0);
  });

  it('[C10] a record sent over and over keeps only its latest states', () => {
    const states: UnansweredStates = new Map();
    const sends = Array.from({ length: MAX_UNANSWERED_PER_RECORD + 3 }, (_, n) => ({ ...v0, summary: `第${n}次` }));
    for (const sent of sends) rememberSent(states, [sent]);
    expect(states.get('r1')).toHaveLength(MAX_UNANSWERED_PER_RECORD);
    expect(isOwnUnanswered(states, sends[0] as MergeDocument & { id: string })).toBe(false);
    expect(isOwnUnanswered(states, sends.at(-1) as MergeDocument & { id: string })).toBe(true);
  });

  it('[C10] merged against its own unanswered state, the device\'s later edit wins, a field set back included, without a collision', () => {
    const input = { assumedMasterState: v0, realMasterState: v1, newDocumentState: v2 };
    const wrong = mergeDocuments({ base: mergeBaseOf(input, false), local: v2, server: v1 });
    expect(wrong.merged.status).toBe('mediating');
    const { merged, collisions } = mergeDocuments({ base: mergeBaseOf(input, true), local: v2, server: v1 });
    expect(collisions).toEqual([]);
    expect(merged).toMatchObject({ status: 'accepted', updatedAt: v2.updatedAt });
  });
});
