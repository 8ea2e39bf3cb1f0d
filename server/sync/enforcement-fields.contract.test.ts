// [S47] The enforcement fields protocol 2 really added (issue 7, shared/sync/field-versions.ts): a PC not yet
// updated keeps syncing enforcement cases, never sees 陈述申辩 / 听证通知 / 集体讨论 / the 决定书's remedies, and
// its edit leaves them as the updated PC entered them.
import { expect, it } from 'vitest';
import { PROTOCOL_HEADER, type SyncDocument } from '#shared/sync/index';
import { describeEachBackend } from '../testing/backends';
import { enroll, pullAll, push, type TestDevice } from '../testing/client';
import { enforcementCase } from '../testing/documents';

const asProtocol1 = (device: TestDevice): TestDevice => ({ ...device, headers: { ...device.headers, [PROTOCOL_HEADER]: '1' } });

describeEachBackend('enforcement fields of protocol 2', (backend) => {
  it('[S47] an old PC pulls a case without the issue 7 fields, edits it, and the updated PC still has them', async () => {
    const server = backend.server();
    const updated = await enroll(server, 'township', 'zhongren');
    const old = asProtocol1(await enroll(server, 'township', 'zhongren'));
    const filled = enforcementCase('s47-enf', 'zhongren', {
      stages: { filedOn: '2026-09-01', notifiedOn: '2026-09-10', hearingRequestedOn: '2026-09-14', hearingHeldOn: '2026-09-24', decidedOn: '2026-09-30' },
      statement: { madeOn: '2026-09-12', form: 'written', summary: '当事人称初次违法', reviewedOn: '2026-09-25', reviewResult: 'rejected', reviewReason: '证据确凿' },
      hearing: { noticeOn: '2026-09-15', place: '镇政府会议室', host: '钱主持' },
      collectiveDiscussion: { discussedOn: '2026-09-29', participants: '镇长、副镇长', conclusion: '同意' },
      decision: { outcome: 'penalty', content: '罚款二千元', fineAmount: 2000, remedies: '六十日内申请行政复议', sealedOn: '2026-09-30' },
      legalReview: { reviewedOn: '2026-09-28', reviewer: '刘审核', opinion: 'approve', firstTime: false },
    });
    expect((await push(server, updated, 'enforcementCase', [{ newDocumentState: filled }])).json()).toEqual([]);

    const seenByOld = (await pullAll(server, old, 'enforcementCase')).documents.find((d) => d.id === 's47-enf') as SyncDocument;
    for (const field of ['statement', 'hearing', 'collectiveDiscussion']) expect(seenByOld).not.toHaveProperty(field);
    expect(seenByOld.decision).toEqual({ outcome: 'penalty', content: '罚款二千元', fineAmount: 2000 });
    expect(seenByOld.legalReview).toEqual({ reviewedOn: '2026-09-28', reviewer: '刘审核', opinion: 'approve' });

    const edited = { ...seenByOld, matter: '占道经营（已整改）' };
    expect((await push(server, old, 'enforcementCase', [{ assumedMasterState: seenByOld, newDocumentState: edited }])).json()).toEqual([]);

    const seenByUpdated = (await pullAll(server, updated, 'enforcementCase')).documents.find((d) => d.id === 's47-enf') as SyncDocument;
    expect(seenByUpdated).toMatchObject({
      matter: '占道经营（已整改）',
      statement: filled.statement, hearing: filled.hearing, collectiveDiscussion: filled.collectiveDiscussion,
      decision: filled.decision, legalReview: filled.legalReview,
    });
  });
});
