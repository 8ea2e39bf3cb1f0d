// What a session reports: refusals and failures as they happen, 已同步 only when everything adds up.
import { describe, expect, it, vi } from 'vitest';
import { SyncRequestError } from './problems';
import { createSessionStatus } from './session-status';
import { createStatusStore } from './status';

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const refusal = new SyncRequestError({ code: 'INVALID_DOCUMENTS', message: '第 1 条：字段不合规' }, 'refused', 400);

function setUp(collections = 2) {
  const status = createStatusStore();
  status.update({ enrolled: true });
  const saved: string[] = [];
  let clock = 0;
  const facts = createSessionStatus({
    status, collections, firstSync: false,
    at: () => new Date(Date.UTC(2026, 9, 8, 9, 0, clock++)).toISOString(),
    saveProgress: (at) => {
      saved.push(at);
      return Promise.resolve();
    },
  });
  return { status, facts, saved };
}

describe('session status', () => {
  it('is in sync (lastSyncedAt, kept) only once every collection did its first round and nothing waits', async () => {
    const { status, facts, saved } = setUp();
    facts.initialRoundDone('mediationCase');
    facts.counted(0, 0);
    await tick();
    expect(status.get().lastSyncedAt).toBeUndefined();
    expect(facts.initialRoundDone('studySession')).toBe(true);
    facts.counted(0, 1); // a 修改记录 entry still waits: not in sync, though 待同步 shows 0
    await tick();
    expect(status.get().waiting).toBe(0);
    expect(status.get().lastSyncedAt).toBeUndefined();
    facts.counted(0, 0);
    await tick();
    expect(status.get().lastSyncedAt).toBeDefined();
    expect(saved).toEqual([status.get().lastSyncedAt]);
  });

  it('a refused batch shows as an error until the collection is accepted again; other answers keep it', () => {
    const { status, facts } = setUp();
    facts.refusal('mediationCase', refusal);
    facts.fail(refusal.problem);
    expect(status.get()).toMatchObject({ phase: 'error', lastError: { code: 'INVALID_DOCUMENTS' } });
    facts.requestSettled({ ok: true });
    expect(status.get()).toMatchObject({ phase: 'error', lastError: { code: 'INVALID_DOCUMENTS' } });
    facts.refusal('mediationCase', undefined);
    facts.requestSettled({ ok: true });
    expect(status.get().phase).toBe('idle');
    expect(status.get().lastError).toBeUndefined();
  });

  it('an unreachable server shows offline; a revoked device shows the fatal error', () => {
    const { status, facts } = setUp();
    facts.requestSettled({ ok: false, error: new SyncRequestError({ code: 'SERVER_UNREACHABLE', message: '无法连接' }, 'transient') });
    expect(status.get()).toMatchObject({ phase: 'offline', online: false });
    facts.fatal({ code: 'DEVICE_REVOKED', message: '已撤销' });
    expect(status.get()).toMatchObject({ phase: 'error', lastError: { code: 'DEVICE_REVOKED' } });
  });

  it('[C7] an app too old stays told so when a request sent before that answer succeeds after it', () => {
    const { status, facts } = setUp();
    facts.activity('mediationCase', true);
    facts.requestSettled({ ok: false, error: new SyncRequestError({ code: 'CLIENT_TOO_OLD', message: '请更新台账' }, 'fatal', 426) });
    expect(status.get()).toMatchObject({ phase: 'error', lastError: { code: 'CLIENT_TOO_OLD' } });
    // A pull already under way when the push was refused: its answer must not turn 请更新台账 back into 同步中.
    facts.requestSettled({ ok: true });
    expect(status.get()).toMatchObject({ phase: 'error', lastError: { code: 'CLIENT_TOO_OLD' } });
  });

  it('shows syncing while any collection is active, and a new leader shows its own activity', () => {
    const { status, facts } = setUp();
    facts.activity('mediationCase', true);
    facts.activity('studySession', false);
    expect(status.get().phase).toBe('syncing');
    status.update({ active: false, refused: new Map([['officer', refusal.problem]]) }); // what the former leader said
    facts.lead();
    expect(status.facts()).toMatchObject({ active: true, refused: new Map() });
  });

  it('reports nothing after stop, and stop waits for the progress write under way', async () => {
    const { status, facts } = setUp(1);
    let written = false;
    const slow = createSessionStatus({
      status, collections: 1, firstSync: false, at: () => '2026-10-08T09:00:00.000Z',
      saveProgress: () => new Promise((resolve) => setTimeout(() => {
        written = true;
        resolve();
      }, 20)),
    });
    slow.initialRoundDone('mediationCase');
    slow.counted(0, 0);
    await tick();
    await slow.stop();
    expect(written).toBe(true);
    const listener = vi.fn();
    status.subscribe(listener);
    await facts.stop();
    facts.fail({ code: 'X', message: 'x' });
    facts.refusal('officer', refusal);
    facts.counted(5, 5);
    expect(listener).not.toHaveBeenCalled();
  });
});
