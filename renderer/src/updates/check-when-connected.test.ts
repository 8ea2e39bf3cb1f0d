import { describe, expect, it } from 'vitest';
import type { UpdateCheckRequest } from '#shared/bridge';
import type { SyncEnrollment, SyncStatus } from '../sync/contract';
import { checkUpdatesWhenConnected } from './check-when-connected';

const enrollment = { serverUrl: 'https://county.example', deviceId: 'd1', deviceName: '司法所电脑', role: 'township' } as SyncEnrollment;
const status = (online: boolean): SyncStatus => ({ phase: online ? 'idle' : 'offline', online, waiting: 0, conflicts: 0 });

function fakeSync(enrolled: SyncEnrollment | null) {
  let listener: (s: SyncStatus) => void = () => undefined;
  return {
    getStatus: () => status(false),
    subscribe: (next: (s: SyncStatus) => void) => {
      listener = next;
      return () => undefined;
    },
    enrollment: () => Promise.resolve(enrolled),
    emit: (s: SyncStatus) => listener(s),
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('updates are checked when sync reaches the county server', () => {
  it('asks the shell to check the enrolled server each time sync comes back online', async () => {
    const asked: UpdateCheckRequest[] = [];
    const sync = fakeSync(enrollment);
    checkUpdatesWhenConnected(sync, { checkForUpdates: (request) => { asked.push(request); return Promise.resolve({ ok: true, value: { state: 'checking' } }); } });
    await flush();
    expect(asked).toEqual([]);
    sync.emit(status(true));
    await flush();
    expect(asked).toEqual([{ serverUrl: 'https://county.example' }]);
    sync.emit(status(false));
    sync.emit(status(true));
    await flush();
    expect(asked).toHaveLength(2);
  });

  it('a device that is not enrolled asks nothing', async () => {
    const asked: UpdateCheckRequest[] = [];
    const sync = fakeSync(null);
    checkUpdatesWhenConnected(sync, { checkForUpdates: (request) => { asked.push(request); return Promise.resolve({ ok: true, value: { state: 'idle' } }); } });
    sync.emit(status(true));
    await flush();
    expect(asked).toEqual([]);
  });
});
