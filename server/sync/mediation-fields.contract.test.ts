// [S47] with the real table (decision 017): a mediation case filled in on an updated PC reaches a PC
// still on the previous release without the fields it does not know, and that PC's edit keeps them.
import { expect, it } from 'vitest';
import { PROTOCOL_HEADER, type SyncDocument } from '#shared/sync/index';
import { describeEachBackend } from '../testing/backends';
import { enroll, pullAll, push, type TestDevice } from '../testing/client';
import { mediationCase } from '../testing/documents';

const asProtocol1 = (device: TestDevice): TestDevice => ({ ...device, headers: { ...device.headers, [PROTOCOL_HEADER]: '1' } });

const agreement = { form: 'written', terms: '李四拆除障碍物', signedOn: '2026-10-08' };
const decision017 = {
  legalRepresentatives: { p2: '王经理' },
  rightsNotice: { givenOn: '2026-10-08', form: 'written' },
  escalation: { risk: true, measures: '稳控情绪', reportedOn: '2026-10-08', reportedTo: '忠仁派出所' },
  archive: { volumeNumber: '（2026）人调字第1号', keepingPeriod: 'long', archivedOn: '2026-10-20', documents: ['application', 'agreement'] },
};

describeEachBackend('mediation case fields of protocol 2', (backend) => {
  it('[S47] an old PC pulls the case without the 017 fields, edits it, and the updated PC still has them', async () => {
    const server = backend.server();
    const updated = await enroll(server, 'township', 'zhongren');
    const old = asProtocol1(await enroll(server, 'township', 'zhongren'));
    const filled = mediationCase('med-017', 'zhongren', {
      ...decision017, status: 'succeeded', closedOn: '2026-10-10',
      agreement: { ...agreement, originals: { partiesSigned: true, mediatorsSigned: true, sealed: true, copies: 3 } },
    });
    expect((await push(server, updated, 'mediationCase', [{ newDocumentState: filled }])).json()).toEqual([]);

    const seenByOld = (await pullAll(server, old, 'mediationCase')).documents.find((d) => d.id === 'med-017') as SyncDocument;
    for (const key of Object.keys(decision017)) expect(seenByOld).not.toHaveProperty(key);
    expect(seenByOld.agreement).toEqual(agreement);

    const edited = { ...seenByOld, summary: '旧电脑补充的摘要' };
    expect((await push(server, old, 'mediationCase', [{ assumedMasterState: seenByOld, newDocumentState: edited }])).json()).toEqual([]);

    const seenByUpdated = (await pullAll(server, updated, 'mediationCase')).documents.find((d) => d.id === 'med-017') as SyncDocument;
    expect(seenByUpdated).toMatchObject({ ...decision017, summary: '旧电脑补充的摘要', agreement: filled.agreement as object });
  });
});
