// Decision 037: a study session of kind 普法活动 (protocol 4) never reaches an app speaking an older protocol —
// its schema refuses the value, which would stop its whole pull — while the current app gets it. The rows are
// left out in the pull's SQL, so a batch is still full while more rows follow and the checkpoint moves past them.
import { expect, it } from 'vitest';
import { PROTOCOL_HEADER, type SyncDocument } from '#shared/sync/index';
import { describeEachBackend } from '../testing/backends';
import { enroll, pull, pullAll, push, type TestDevice } from '../testing/client';
import { studySession } from '../testing/documents';

const asProtocol3 = (device: TestDevice): TestDevice => ({ ...device, headers: { ...device.headers, [PROTOCOL_HEADER]: '3' } });

const activity = (id: string) => studySession(id, 'zhongren', {
  kind: 'publicLegalEducation', topic: '食品安全法进集市', lecturer: '', place: '忠仁镇农贸市场', audience: '赶集群众', peopleReached: 150, participants: [],
});
const lecture = (id: string) => studySession(id, 'zhongren', { kind: 'lecture', topic: `法治讲座 ${id}` });

type Page = { documents: SyncDocument[]; checkpoint: { seq: number } };

describeEachBackend('coded values newer than a PC’s protocol', (backend) => {
  it('[S48] an old-protocol PC never receives a 普法活动; the current app does; full batches and the checkpoint move past them', async () => {
    const server = backend.server();
    const current = await enroll(server, 'township', 'zhongren');
    const old = asProtocol3(await enroll(server, 'township', 'zhongren'));
    // Stored order: L1, P1, P2, L2, P3, L3 — 普法活动 between and among the lectures.
    const order = [lecture('L1'), activity('P1'), activity('P2'), lecture('L2'), activity('P3'), lecture('L3')];
    for (const doc of order) expect((await push(server, current, 'studySession', [{ newDocumentState: doc }])).json()).toEqual([]);

    const all = await pullAll(server, current, 'studySession', 2);
    expect(all.documents.map((d) => d.id)).toEqual(['L1', 'P1', 'P2', 'L2', 'P3', 'L3']);
    expect(all.documents.find((d) => d.id === 'P1')).toMatchObject({ kind: 'publicLegalEducation', audience: '赶集群众', peopleReached: 150 });
    const seqOf = new Map<string, number>();
    for (let seq = 0, at = 0; at < order.length; at++) {
      const page = (await pull(server, current, 'studySession', seq, 1)).json<Page>();
      seq = page.checkpoint.seq;
      seqOf.set(page.documents[0]?.id ?? '', seq);
    }

    // A batch of 2 holds two lectures although two 普法活动 lie between them, and its checkpoint is past them.
    const first = (await pull(server, old, 'studySession', 0, 2)).json<Page>();
    expect(first.documents.map((d) => d.id)).toEqual(['L1', 'L2']);
    expect(first.checkpoint.seq).toBe(seqOf.get('L2'));
    expect(first.checkpoint.seq).toBeGreaterThan(seqOf.get('P2') ?? Infinity);
    const second = (await pull(server, old, 'studySession', first.checkpoint.seq, 2)).json<Page>();
    expect(second.documents.map((d) => d.id)).toEqual(['L3']);
    expect(second.checkpoint.seq).toBe(seqOf.get('L3'));

    // Whole runs of them: the old PC's pull to the end holds every lecture and no 普法活动.
    const seenByOld = await pullAll(server, old, 'studySession', 1);
    expect(seenByOld.documents.map((d) => d.id)).toEqual(['L1', 'L2', 'L3']);
    expect(seenByOld.documents.every((d) => d.kind !== 'publicLegalEducation')).toBe(true);
  });

  it('[S48] a lecture turned into a 普法活动 later is no longer sent to the old PC; the county app sees it as it is', async () => {
    const server = backend.server();
    const current = await enroll(server, 'township', 'zhongren');
    const old = asProtocol3(await enroll(server, 'township', 'zhongren'));
    const county = await enroll(server, 'county');
    const made = lecture('L9');
    await push(server, current, 'studySession', [{ newDocumentState: made }]);
    const changed = { ...activity('L9') };
    expect((await push(server, current, 'studySession', [{ assumedMasterState: made, newDocumentState: changed }])).json()).toEqual([]);
    expect((await pullAll(server, old, 'studySession')).documents.map((d) => d.id)).not.toContain('L9');
    expect((await pullAll(server, county, 'studySession')).documents.find((d) => d.id === 'L9')?.kind).toBe('publicLegalEducation');
  });
});
