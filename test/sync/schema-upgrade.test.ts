// Decision 015 on a real PC: the app updated from enforcementCase schema version 0 to today's (1, then 2 of
// decision 030) reopens its database
// with the cases intact (RxDB migrates them as they are), and an edit made offline before the update,
// never pushed, reaches the county afterwards without a conflict — also one made by the old app
// (protocol 1) on a case that had already synced.
import { describe, expect, it } from 'vitest';
import { actor, enforcementDraft, expectSaved } from '../../renderer/src/store/test-support';
import { controllableNetwork, memorySecrets } from './device';
import { eventually, openDevice, openPreviousRelease, serverWithCounty } from './harness';

const world = serverWithCounty();

describe('enforcementCase schema 0 → today', () => {
  it('[S47] a PC opened at version 0 reopens at the current version with its cases intact, and its unpushed edits then push without a conflict', async () => {
    // The old app: schema version 0, no migrations, speaking protocol 1.
    let old = await openPreviousRelease({ township: 'suibin', dbName: `upgrade${process.pid}x${Date.now().toString(36)}`, secrets: memorySecrets(), net: controllableNetwork() });
    const enrolled = await old.client.enroll({ serverUrl: world.test.url, code: await world.test.code('township', 'suibin'), deviceName: '旧版电脑' });
    expect(enrolled.ok).toBe(true);
    await old.client.awaitInitialSync();
    const synced = expectSaved(await old.store.ledger.create('enforcementCase', enforcementDraft({ matter: '占道经营' }), actor)).record;
    await eventually(async () => expect(await world.county.store.ledger.get('enforcementCase', synced.id)).toBeTruthy());

    old.net.cut();
    const madeOffline = expectSaved(await old.store.ledger.create('enforcementCase', enforcementDraft({ matter: '乱倒建筑垃圾' }), actor)).record;
    expectSaved(await old.store.ledger.update('enforcementCase', synced.id, enforcementDraft({ matter: '占道经营（已整改）' }), actor));
    await eventually(() => expect(old.client.getStatus().waiting).toBe(2));
    const { dbName, secrets, net } = old;
    await old.close();

    // The updated app opens the same database: today's version through each migration, today's protocol, back online.
    net.rewriteHeaders = undefined;
    net.restore();
    old = await openDevice({ township: 'suibin', dbName, secrets, net });
    try {
      expect(old.store.database.enforcementCase.schema.version).toBe(2);
      expect(await old.store.ledger.get('enforcementCase', madeOffline.id)).toMatchObject({ matter: '乱倒建筑垃圾', caseNumber: madeOffline.caseNumber });
      await eventually(async () => {
        expect((await world.county.store.ledger.get('enforcementCase', madeOffline.id))?.matter).toBe('乱倒建筑垃圾');
        expect((await world.county.store.ledger.get('enforcementCase', synced.id))?.matter).toBe('占道经营（已整改）');
      });
      await eventually(() => expect(old.client.getStatus()).toMatchObject({ waiting: 0, conflicts: 0 }));

      // The updated PC now writes fields of versions 1 and 2, and they reach the county.
      const withNewer = enforcementDraft({
        matter: '占道经营（已整改）', notice: { proposedFine: 500 }, decision: { outcome: 'noPenalty', content: '不予处罚', place: '绥滨镇农贸市场' },
      });
      expectSaved(await old.store.ledger.update('enforcementCase', synced.id, withNewer, actor));
      await eventually(async () => {
        const atCounty = await world.county.store.ledger.get('enforcementCase', synced.id);
        expect(atCounty?.notice).toEqual({ proposedFine: 500 });
        expect(atCounty?.decision?.place).toBe('绥滨镇农贸市场');
      });
    } finally {
      await old.close();
    }
  }, 90_000);
});
