// [S47] A PC on an older protocol keeps syncing when a schema grows (decision 015): it never
// receives a field it does not know, and its edits keep the newer fields another PC filled in.
import { expect, it } from 'vitest';
import { PROTOCOL_HEADER, type SyncDocument } from '#shared/sync/index';
import { describeEachBackend } from '../testing/backends';
import { enroll, pull, pullAll, push, type TestDevice } from '../testing/client';
import { enforcementCase } from '../testing/documents';

/** Two optional fields of today's schema, treated as if protocol 2 had added them: one top-level, one nested. */
const fieldsAdded = { 2: { enforcementCase: ['discretionLevel', 'decision.documentNumber'] } };

const asProtocol1 = (device: TestDevice): TestDevice => ({ ...device, headers: { ...device.headers, [PROTOCOL_HEADER]: '1' } });

describeEachBackend(
  'fields newer than a PC’s protocol',
  (backend) => {
    it('[S47] an old PC pulls without them, edits, and the updated PC still finds them', async () => {
      const server = backend.server();
      const updated = await enroll(server, 'township', 'zhongren');
      const old = asProtocol1(await enroll(server, 'township', 'zhongren'));
      const filled = enforcementCase('s47-a', 'zhongren', {
        discretionLevel: 'lenient',
        decision: { outcome: 'penalty', content: '罚款二百元', fineAmount: 200, documentNumber: '绥滨综执罚决〔2026〕3号' },
      });
      expect((await push(server, updated, 'enforcementCase', [{ newDocumentState: filled }])).json()).toEqual([]);

      const seenByOld = (await pullAll(server, old, 'enforcementCase')).documents.find((d) => d.id === 's47-a') as SyncDocument;
      expect(seenByOld.discretionLevel).toBeUndefined();
      expect(seenByOld.decision).toEqual({ outcome: 'penalty', content: '罚款二百元', fineAmount: 200 });

      const edited = { ...seenByOld, matter: '占道经营（已整改）' };
      expect((await push(server, old, 'enforcementCase', [{ assumedMasterState: seenByOld, newDocumentState: edited }])).json()).toEqual([]);
      // A retry of the same push (answer lost) is recognised as landed: no conflict.
      expect((await push(server, old, 'enforcementCase', [{ assumedMasterState: seenByOld, newDocumentState: edited }])).json()).toEqual([]);

      const seenByUpdated = (await pullAll(server, updated, 'enforcementCase')).documents.find((d) => d.id === 's47-a') as SyncDocument;
      expect(seenByUpdated.matter).toBe('占道经营（已整改）');
      expect(seenByUpdated.discretionLevel).toBe('lenient');
      expect((seenByUpdated.decision as Record<string, unknown>).documentNumber).toBe('绥滨综执罚决〔2026〕3号');
    });

    it('[S47] a conflict answered to an old PC holds only what it knows; an updated PC gets the whole document', async () => {
      const server = backend.server();
      const updated = await enroll(server, 'township', 'zhongren');
      const old = asProtocol1(await enroll(server, 'township', 'zhongren'));
      const first = enforcementCase('s47-b', 'zhongren', { discretionLevel: 'lenient' });
      await push(server, updated, 'enforcementCase', [{ newDocumentState: first }]);
      const second = { ...first, discretionLevel: 'severe', matter: '第二版' };
      await push(server, updated, 'enforcementCase', [{ assumedMasterState: first, newDocumentState: second }]);

      const { discretionLevel: _unknown, ...staleAsOld } = first;
      const answer = (await push(server, old, 'enforcementCase', [{ assumedMasterState: staleAsOld, newDocumentState: { ...staleAsOld, matter: '旧电脑' } }])).json<SyncDocument[]>();
      expect(answer).toHaveLength(1);
      expect(answer[0]?.matter).toBe('第二版');
      expect(answer[0]).not.toHaveProperty('discretionLevel');

      const whole = (await pull(server, updated, 'enforcementCase', 0, 100)).json<{ documents: SyncDocument[] }>().documents.find((d) => d.id === 's47-b');
      expect(whole?.discretionLevel).toBe('severe');
    });

    it('[S47] an old PC’s new record is stored as sent', async () => {
      const server = backend.server();
      const old = asProtocol1(await enroll(server, 'township', 'zhongren'));
      const made = enforcementCase('s47-c', 'zhongren');
      expect((await push(server, old, 'enforcementCase', [{ newDocumentState: made }])).json()).toEqual([]);
      const stored = (await pullAll(server, old, 'enforcementCase')).documents.find((d) => d.id === 's47-c');
      expect(stored).toEqual(made);
    });

    it('[S47] a PC updated since it pulled edits its old copy: no conflict, the newer fields stay, and one it fills in itself wins', async () => {
      const server = backend.server();
      const updated = await enroll(server, 'township', 'zhongren');
      const wasOld = await enroll(server, 'township', 'zhongren');
      const filled = enforcementCase('s47-d', 'zhongren', { discretionLevel: 'lenient', decision: { outcome: 'penalty', content: '罚款', documentNumber: '决〔2026〕9号' } });
      await push(server, updated, 'enforcementCase', [{ newDocumentState: filled }]);
      // Its copy from before the update: pulled as protocol 1.
      const oldCopy = (await pullAll(server, asProtocol1(wasOld), 'enforcementCase')).documents.find((d) => d.id === 's47-d') as SyncDocument;

      // Now on protocol 2 (wasOld's own headers), it edits that copy and fills in the discretion level itself.
      const edited = { ...oldCopy, matter: '更新后修改', discretionLevel: 'severe' };
      expect((await push(server, wasOld, 'enforcementCase', [{ assumedMasterState: oldCopy, newDocumentState: edited }])).json()).toEqual([]);
      // Its retry after a lost answer is recognised too.
      expect((await push(server, wasOld, 'enforcementCase', [{ assumedMasterState: oldCopy, newDocumentState: edited }])).json()).toEqual([]);
      const stored = (await pullAll(server, updated, 'enforcementCase')).documents.find((d) => d.id === 's47-d');
      expect(stored).toMatchObject({ matter: '更新后修改', discretionLevel: 'severe', decision: { documentNumber: '决〔2026〕9号' } });
    });
  },
  { fieldsAdded },
);
