import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHash, sameContent, sentHash } from './content-equal';
import { mergeDocuments, type MergeDocument } from './merge';
import {
  isOwnUnanswered, MAX_UNANSWERED_PER_RECORD, mergeBaseOf, notRemembered, readSentStates, rememberSent, sealedOwnWrite, sentStateOf, settleAssumed,
  type UnansweredStates,
} from './unanswered-pushes';

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

/** Remembers docs as the app does, the "sealed" copy being the JSON text here. */
const remember = (states: UnansweredStates, docs: readonly { id: string }[]) =>
  rememberSent(states, notRemembered(states, docs).map((doc) => ({ id: doc.id, state: sentStateOf(doc, JSON.stringify(doc)) })));

describe('states pushed without an answer', () => {
  it('[C10] a state sent and not answered is recognised when the server hands it back, in any key order', () => {
    const states: UnansweredStates = new Map();
    expect(remember(states, [v1])).toBe(true);
    expect(remember(states, [v1])).toBe(false);
    const { _deleted, ...rest } = v1;
    const fromServer = JSON.parse(JSON.stringify({ _deleted, ...rest })) as typeof v1;
    expect(isOwnUnanswered(states, fromServer)).toBe(true);
    expect(isOwnUnanswered(states, v0)).toBe(false);
    expect(isOwnUnanswered(states, { ...v1, id: 'r2' })).toBe(false);
  });

  it('[C10] a state is forgotten only once RxDB notes it as the server\'s, with every state sent before it', () => {
    const states: UnansweredStates = new Map();
    remember(states, [v1]);
    remember(states, [v2, { ...v0, id: 'r2' }]);
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
    for (const sent of sends) remember(states, [sent]);
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

  it('[C10, S53] the state the server names as this device\'s last write is found by the hash of its sent text; another state is not', () => {
    const states: UnansweredStates = new Map();
    remember(states, [v1, v2]);
    expect(sealedOwnWrite(states, 'r1', sentHash(v1))).toBe(JSON.stringify(v1));
    expect(sealedOwnWrite(states, 'r1', sentHash(v2))).toBe(JSON.stringify(v2));
    // The same content in another key order is another text: the server names what was sent.
    const { status, ...rest } = v1;
    expect(sealedOwnWrite(states, 'r1', sentHash({ status, ...rest }))).toBeUndefined();
    expect(sealedOwnWrite(states, 'r2', sentHash(v1))).toBeUndefined();
  });

  it('[C10] states kept before decision 043 (content hashes only) are still recognised, with no copy to merge against', () => {
    const states: UnansweredStates = new Map([['r1', readSentStates([contentHash(v1), 42, { content: contentHash(v2), sent: sentHash(v2), sealed: 'x' }])]]);
    expect(states.get('r1')).toEqual([{ content: contentHash(v1) }, { content: contentHash(v2), sent: sentHash(v2), sealed: 'x' }]);
    expect(isOwnUnanswered(states, v1)).toBe(true);
    expect(notRemembered(states, [v1, v0])).toEqual([v0]);
    expect(readSentStates('junk')).toEqual([]);
  });

  it('[C10, S53] set back while another PC edited on top of the unanswered write: merged against that write, both edits survive', () => {
    // v1 (mediating) landed unanswered; another PC added a note on top; this PC set the status back.
    const onTop = { ...v1, summary: '乙机补充', ...at('2026-06-02T12:00:00.000Z') };
    const input = { assumedMasterState: v0, realMasterState: onTop, newDocumentState: v2 };
    const old = mergeDocuments({ base: mergeBaseOf(input, false), local: v2, server: onTop });
    expect(old.merged.status).toBe('mediating');
    const { merged, collisions } = mergeDocuments({ base: mergeBaseOf(input, false, v1), local: v2, server: onTop });
    expect(collisions).toEqual([]);
    expect(merged).toMatchObject({ status: 'accepted', summary: '乙机补充' });
  });

  it('[C10, S53] the other PC changed the same field on top: a collision for an official, not a silent loss', () => {
    const onTop = { ...v1, status: 'done', ...at('2026-06-02T12:00:00.000Z') };
    const input = { assumedMasterState: v0, realMasterState: onTop, newDocumentState: v2 };
    expect(mergeDocuments({ base: mergeBaseOf(input, false), local: v2, server: onTop }).collisions).toEqual([]);
    const { collisions } = mergeDocuments({ base: mergeBaseOf(input, false, v1), local: v2, server: onTop });
    expect(collisions).toEqual([{ field: 'status', local: 'accepted', server: 'done' }]);
  });
});
