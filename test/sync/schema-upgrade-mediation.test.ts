// Decision 015 / 017 on a real store and a real server: a township PC still on the previous release
// (mediation case schema 0, protocol 1) edits a synced case offline; it is updated before that edit
// is pushed. The store migrates to version 1 at open, and the edit then reaches the server and the
// county with no conflict — the migration kept what sync had assumed of the server.
import { expect, it } from 'vitest';
import type { Draft } from '#shared/domain/draft';
import { actor, expectSaved, mediationDraft } from '../../renderer/src/store/test-support';
import { controllableNetwork, memorySecrets } from './device';
import { eventually, openDevice, openPreviousRelease, serverWithCounty } from './harness';

const world = serverWithCounty();

it('an edit made on the previous release and not yet pushed is pushed after the update, without a conflict', { timeout: 60_000 }, async () => {
  const dbName = `upgrade${process.pid}x${Date.now().toString(36)}`;
  const secrets = memorySecrets();
  const net = controllableNetwork();
  const old = await openPreviousRelease({ dbName, township: 'suibin', secrets, net });
  expect(old.store.database.collections.mediationCase.schema.version).toBe(0);
  const enrolled = await old.client.enroll({ serverUrl: world.test.url, code: await world.test.code('township', 'suibin'), deviceName: '旧版电脑' });
  expect(enrolled.ok).toBe(true);
  await old.client.awaitInitialSync();

  const saved = expectSaved(await old.store.ledger.create('mediationCase', mediationDraft({ summary: '旧版录入' }), actor)).record;
  await eventually(async () => expect(await world.county.store.ledger.get('mediationCase', saved.id)).toMatchObject({ summary: '旧版录入' }));
  await eventually(() => expect(old.client.getStatus().waiting).toBe(0));

  old.net.cut();
  const current = await old.store.ledger.get('mediationCase', saved.id);
  expectSaved(await old.store.ledger.update('mediationCase', saved.id, { ...(current as unknown as Draft<'mediationCase'>), summary: '旧版离线修改' }, actor));
  await old.close();

  // The update: the same PC, its store and secrets, the current app.
  net.rewriteHeaders = undefined;
  net.restore();
  const updated = await openDevice({ township: 'suibin', dbName, secrets, net });
  try {
    expect(updated.store.database.collections.mediationCase.schema.version).toBe(1);
    expect(await updated.store.ledger.get('mediationCase', saved.id)).toMatchObject({ summary: '旧版离线修改' });
    updated.client.syncNow();
    await eventually(async () => expect(await world.county.store.ledger.get('mediationCase', saved.id)).toMatchObject({ summary: '旧版离线修改' }));
    await eventually(() => expect(updated.client.getStatus()).toMatchObject({ phase: 'idle', waiting: 0 }));
    expect(await updated.client.conflicts()).toEqual([]);
  } finally {
    await updated.close();
  }
});
