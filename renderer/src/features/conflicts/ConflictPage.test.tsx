// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Switch } from 'wouter';
import { createFakeSyncClient } from '../../app/testing/fake-sync-client';
import { renderApp, townshipStore } from '../../app/testing/render-app';
import type { SyncConflict } from '../../sync/contract';
import { StaticSyncProvider } from '../../sync/SyncContext';
import { conflictPages } from './routes';

afterEach(cleanup);

const conflict: SyncConflict = {
  id: 'c1', kind: 'mediationCase', recordId: 'r1', foundOn: { deviceId: 'dev-here', deviceName: '忠仁镇司法所-1' }, title: '〔2026〕忠仁调字第3号', detectedAt: '2026-11-30T02:00:00.000Z',
  fields: [
    { field: 'status', local: 'succeeded', server: 'mediating' },
    { field: 'summary', local: '两家因排水沟发生争执，已达成协议', server: '两家因排水沟发生争执' },
    {
      field: 'personal',
      local: { parties: [{ partyId: 'a', idNumber: '230422196803120214', phone: '13900001201' }] },
      server: { parties: [{ partyId: 'a', idNumber: '230422196803120214', phone: '13900009999' }] },
    },
  ],
};

const here = { serverUrl: 'https://taizhang.example.cn', deviceId: 'dev-here', deviceName: '忠仁镇司法所-1', role: 'township', townshipId: 'zhongren', enrolledAt: '2026-11-01T00:00:00.000Z' } as const;

function renderConflicts(path: string, client = createFakeSyncClient({ enrollment: here, status: { phase: 'idle' }, conflicts: [conflict] })) {
  const store = townshipStore();
  const view = renderApp(
    <StaticSyncProvider client={client}>
      <Switch>{conflictPages.routes.map((route) => <Route key={route.path} path={route.path} component={route.component} />)}</Switch>
    </StaticSyncProvider>,
    { store, path },
  );
  return { ...view, client };
}

describe('冲突处理', { timeout: 60_000 }, () => {
  it('lists open conflicts with the record and the colliding fields in Chinese', async () => {
    const view = renderConflicts('/conflicts');
    const row = await screen.findByRole('row', { name: '〔2026〕忠仁调字第3号' });
    expect(row.textContent).toContain('人民调解');
    expect(row.textContent).toContain('调解状态、纠纷简要情况、当事人身份证号码、电话、住址');
    fireEvent.click(row);
    expect(view.location.history?.at(-1)).toBe('/conflicts/c1');
  });

  it('shows both values side by side, coded values in words and personal data masked until 显示', async () => {
    renderConflicts('/conflicts/c1');
    const status = within(await screen.findByRole('region', { name: '调解状态' }));
    expect(status.getByText('调解成功')).toBeTruthy();
    expect(status.getByText('调解中')).toBeTruthy();
    const personal = within(screen.getByRole('region', { name: '当事人身份证号码、电话、住址' }));
    expect(personal.queryByText(/13900001201/)).toBeNull();
    expect(personal.queryByText(/230422196803120214/)).toBeNull();
    fireEvent.click(personal.getByRole('button', { name: '显示本机的个人信息' }));
    expect(personal.getByText(/13900001201/)).toBeTruthy();
    expect(personal.queryByText(/13900009999/)).toBeNull();
  });

  it('saves nothing until every field has a choice, then applies the choice with the operator as actor', async () => {
    const { client, store } = renderConflicts('/conflicts/c1');
    const pick = async (field: string, side: '本机' | '服务器') =>
      fireEvent.click(within(await screen.findByRole('radiogroup', { name: field })).getByRole('radio', { name: side }));
    await pick('调解状态', '本机');
    fireEvent.click(screen.getByRole('button', { name: '保存选择' }));
    expect((await screen.findByRole('alert')).textContent).toContain('还有 2 项没有选择：纠纷简要情况、当事人身份证号码、电话、住址');
    expect(client.calls.resolved).toEqual([]);
    await pick('纠纷简要情况', '服务器');
    await pick('当事人身份证号码、电话、住址', '本机');
    fireEvent.click(screen.getByRole('button', { name: '保存选择' }));
    expect(await screen.findByText('已保存选择，记录将同步到县服务器。')).toBeTruthy();
    const { deviceId } = await store.settings.get();
    expect(client.calls.resolved).toEqual([{ id: 'c1', choice: { status: 'local', summary: 'server', personal: 'local' }, actor: { person: '李文', deviceId } }]);
    expect(client.getStatus().conflicts).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: '返回冲突列表' }));
    await waitFor(() => expect(screen.getByText('没有需要处理的冲突')).toBeTruthy());
  });

  it('[C12] on another PC of the township the finder is named; at the county it is shown and cannot be chosen', async () => {
    const other = createFakeSyncClient({ enrollment: { ...here, deviceId: 'dev-other', deviceName: '忠仁镇司法所-2' }, status: { phase: 'idle' }, conflicts: [conflict] });
    const list = renderConflicts('/conflicts', other);
    expect((await screen.findByRole('row', { name: '〔2026〕忠仁调字第3号' })).textContent).toContain('另一台电脑“忠仁镇司法所-1”');
    list.unmount();
    renderConflicts('/conflicts/c1', other);
    expect(within(await screen.findByRole('radiogroup', { name: '调解状态' })).getByRole('radio', { name: '另一台电脑“忠仁镇司法所-1”' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '保存选择' })).toBeTruthy();
    cleanup();

    const county = createFakeSyncClient({ enrollment: { ...here, deviceId: 'county-1', deviceName: '县司法局', role: 'county', townshipId: null }, status: { phase: 'idle' }, conflicts: [conflict] });
    renderConflicts('/conflicts/c1', county);
    const status = within(await screen.findByRole('radiogroup', { name: '调解状态' }));
    expect(status.getByRole<HTMLInputElement>('radio', { name: '另一台电脑“忠仁镇司法所-1”' }).disabled).toBe(true);
    expect(screen.getByRole('note').textContent).toContain('由乡镇的电脑选择');
    expect(screen.queryByRole('button', { name: '保存选择' })).toBeNull();
  });
});
