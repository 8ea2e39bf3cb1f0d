// Conflicts in a session: RxDB's handler merges and records a true collision, and the open count follows.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedStore } from '../store/open-store';
import { openTestStore } from '../store/test-support';
import type { SetAsideStore } from './set-aside-store';
import { followOpenConflicts, installConflictHandler } from './session-conflicts';
import type { UnansweredPushes } from './unanswered-pushes';

let store: OpenedStore;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(async () => {
  await store.close();
});

const stores = {
  unanswered: { isOwn: () => Promise.resolve(false), ownLastWrite: () => Promise.resolve(undefined) } as unknown as UnansweredPushes,
  setAside: { base: (assumed: unknown) => Promise.resolve(assumed) } as unknown as SetAsideStore,
};

describe('session conflicts', () => {
  it('merges edits of different fields; a field both sides changed becomes one open conflict, counted', async () => {
    const counts: number[] = [];
    const sub = followOpenConflicts(store.database, (count) => counts.push(count));
    installConflictHandler({ db: store.database, derive: (_kind, record) => record, at: () => '2026-10-08T09:00:00.000Z', foundOn: { deviceId: 'dev-a', deviceName: '忠仁镇司法所-1' } }, 'mediationCase', stores);
    const handler = store.database.mediationCase.conflictHandler;
    const base = { id: 'c1', summary: '邻里纠纷', committee: '绥滨镇人民调解委员会', _deleted: false };
    const merged = await handler.resolve({
      assumedMasterState: base as never,
      realMasterState: { ...base, summary: '县里改的', committee: '县里改的委员会' } as never,
      newDocumentState: { ...base, summary: '镇里改的' } as never,
    }, 'test');
    expect(merged).toMatchObject({ committee: '县里改的委员会' });
    await expect.poll(() => counts.at(-1)).toBe(1);
    expect(counts[0]).toBe(0);
    sub.unsubscribe();
  });
});
