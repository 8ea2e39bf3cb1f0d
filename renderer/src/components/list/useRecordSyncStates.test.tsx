// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { useCallback } from 'react';
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import type { MediationCase } from '#shared/domain/schemas/index';
import { useAppStore } from '../../app/store-context';
import { createFakeSyncClient } from '../../app/testing/fake-sync-client';
import { mediationDraft } from '../../app/testing/sample-drafts';
import { renderApp, townshipStore } from '../../app/testing/render-app';
import type { ListQuery } from '../../store/contract';
import type { SyncClient } from '../../sync/contract';
import { StaticSyncProvider } from '../../sync/SyncContext';
import { ListPage } from './ListPage';

afterEach(cleanup);

const enrollment = { serverUrl: 'http://127.0.0.1:8787', deviceId: 'd1', deviceName: '忠仁镇电脑', role: 'township' as const, townshipId: 'zhongren', enrolledAt: '2026-11-30T04:00:00.000Z' };

function CaseList() {
  const store = useAppStore();
  const load = useCallback((query: ListQuery) => store.ledger.list('mediationCase', query), [store]);
  return <ListPage<MediationCase> title="人民调解" load={load} syncKind="mediationCase" rowLabel={(row) => row.parties[0]?.name ?? ''}
    columns={[{ header: '申请人', render: (row) => row.parties[0]?.name }]} />;
}

async function renderList(client: SyncClient | null) {
  const store = townshipStore();
  const created = [];
  for (const name of ['王秀英', '赵德胜']) {
    const saved = await store.ledger.create('mediationCase', mediationDraft({ parties: [{ partyId: 'a', role: 'applicant', kind: 'person', name }, { partyId: 'b', role: 'respondent', kind: 'person', name: '李四' }] }), { person: '李文', deviceId: 't' });
    if (!saved.ok) throw new Error('sample case refused');
    created.push(saved.record.id);
  }
  renderApp(<StaticSyncProvider client={client}><CaseList /></StaticSyncProvider>, { store });
  await screen.findByRole('row', { name: '王秀英' });
  return created;
}

describe('per-record sync state in lists', { timeout: 60_000 }, () => {
  it('shows no 同步 column on a device that is not enrolled', async () => {
    await renderList(createFakeSyncClient());
    expect(screen.queryByRole('columnheader', { name: '同步' })).toBeNull();
    expect(screen.queryByTestId('record-sync-state')).toBeNull();
  });

  it('shows 已同步 / 待同步 / 有冲突 per row, and again when the status moves', async () => {
    const client = createFakeSyncClient({ enrollment });
    const [wang, zhao] = await renderList(client);
    act(() => {
      client.setStates('mediationCase', { [wang!]: 'waiting', [zhao!]: 'conflict' });
      client.setStatus({ waiting: 1, conflicts: 1 });
    });
    expect(screen.getByRole('columnheader', { name: '同步' })).toBeTruthy();
    await waitFor(() => expect(within(screen.getByRole('row', { name: '王秀英' })).getByTestId('record-sync-state').textContent).toBe('待同步'));
    expect(within(screen.getByRole('row', { name: '赵德胜' })).getByTestId('record-sync-state').textContent).toBe('有冲突');
    act(() => {
      client.setStates('mediationCase', {});
      client.setStatus({ waiting: 0, conflicts: 0, lastSyncedAt: '2026-11-30T05:00:00.000Z' });
    });
    await waitFor(() => expect(within(screen.getByRole('row', { name: '王秀英' })).getByTestId('record-sync-state').textContent).toBe('已同步'));
    expect(within(screen.getByRole('row', { name: '赵德胜' })).getByTestId('record-sync-state').textContent).toBe('已同步');
  });
});
