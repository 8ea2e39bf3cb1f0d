// [S53] The server remembers, per document, the state each device last wrote there (as the sentHash
// of what it sent), and tells a device that asks which of its own states a conflicting document grew
// from: a PC whose push answer was lost merges against its own write, not the older state RxDB assumed.
import { expect, it } from 'vitest';
import { sentHash } from '#shared/sync/content-equal';
import { PUSH_OWN_WRITES_QUERY, type PushAnswer, type SyncDocument } from '#shared/sync/index';
import { describeEachBackend } from '../testing/backends';
import { enroll, push } from '../testing/client';
import { mediationCase } from '../testing/documents';

describeEachBackend(
  'own writes named in a conflict',
  (backend) => {
    it('[S53] A’s write lands unanswered, B edits on top: A’s stale push learns the state it last wrote, never B’s', async () => {
      const server = backend.server();
      const a = await enroll(server, 'township', 'zhongren', '甲机');
      const b = await enroll(server, 'township', 'zhongren', '乙机');
      const s0 = mediationCase('s53-a', 'zhongren', { status: 'accepted' });
      expect((await push(server, a, 'mediationCase', [{ newDocumentState: s0 }])).json()).toEqual([]);
      const s1 = { ...s0, status: 'mediating', updatedAt: '2026-12-07T08:00:00.000Z' };
      // Written; A never hears so.
      expect((await push(server, a, 'mediationCase', [{ assumedMasterState: s0, newDocumentState: s1 }])).json()).toEqual([]);
      const s3 = { ...s1, summary: '乙机补充的案情', updatedAt: '2026-12-07T08:05:00.000Z' };
      expect((await push(server, b, 'mediationCase', [{ assumedMasterState: s1, newDocumentState: s3 }])).json()).toEqual([]);

      const later = { ...s0, status: 'accepted', updatedAt: '2026-12-07T08:10:00.000Z' };
      const asked = await push(server, a, 'mediationCase', [{ assumedMasterState: s0, newDocumentState: later }], PUSH_OWN_WRITES_QUERY);
      expect(asked.statusCode).toBe(200);
      const answer = asked.json<PushAnswer>();
      expect(answer.conflicts.map((d) => d.summary)).toEqual(['乙机补充的案情']);
      expect(answer.ownWrites).toEqual({ 's53-a': sentHash(s1) });

      // B's own last write is B's, and A's stays A's after B writes again.
      const bStale = await push(server, b, 'mediationCase', [{ assumedMasterState: s1, newDocumentState: { ...s1, summary: '乙机旧稿' } }], PUSH_OWN_WRITES_QUERY);
      expect(bStale.json<PushAnswer>().ownWrites).toEqual({ 's53-a': sentHash(s3) });
    });

    it('[S53] a device that never wrote the document is told nothing; a push that does not ask gets the plain array', async () => {
      const server = backend.server();
      const a = await enroll(server, 'township', 'zhongren');
      const c = await enroll(server, 'township', 'zhongren');
      const s0 = mediationCase('s53-b', 'zhongren');
      await push(server, a, 'mediationCase', [{ newDocumentState: s0 }]);
      const s1 = { ...s0, summary: '甲机改过', updatedAt: '2026-12-07T09:00:00.000Z' };
      await push(server, a, 'mediationCase', [{ assumedMasterState: s0, newDocumentState: s1 }]);

      const stale = [{ assumedMasterState: s0, newDocumentState: { ...s0, summary: '丙机', updatedAt: '2026-12-07T09:01:00.000Z' } }];
      const asked = (await push(server, c, 'mediationCase', stale, PUSH_OWN_WRITES_QUERY)).json<PushAnswer>();
      expect(asked.conflicts.map((d) => d.summary)).toEqual(['甲机改过']);
      expect(asked.ownWrites).toEqual({});
      // An app from before S53 never asks: its answer keeps the old shape.
      expect((await push(server, c, 'mediationCase', stale)).json<SyncDocument[]>().map((d) => d.summary)).toEqual(['甲机改过']);
      // Nothing to answer: an empty answer in the asked shape.
      expect((await push(server, a, 'mediationCase', [{ assumedMasterState: s1, newDocumentState: s1 }], PUSH_OWN_WRITES_QUERY)).json()).toEqual({ conflicts: [], ownWrites: {} });
    });
  },
);
