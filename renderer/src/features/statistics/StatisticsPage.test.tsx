// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { renderApp, townshipStore } from '../../app/testing/render-app';
import { mediationDraft } from '../../app/testing/sample-drafts';
import { StatisticsPage } from './StatisticsPage';

afterEach(cleanup);

const actor = { person: '赵县局', deviceId: 't' };
const rowsOf = (table: HTMLElement) => within(table).getAllByRole('row').map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));

describe('统计报表', { timeout: 60_000 }, () => {
  it('the county sees every township side by side with 合计, a township without disputes as 零上报', async () => {
    const store = townshipStore({ clock: () => new Date(2026, 2, 20, 10), settings: { role: 'county', townshipId: 'suibin' } });
    await store.ledger.createMany('mediationCase', [mediationDraft({ receivedOn: '2026-03-02', status: 'accepted', sessions: [], committee: '绥滨镇人民调解委员会' })], actor);

    renderApp(<StatisticsPage />, { store });
    expect((await screen.findByTestId('statistics-scope')).textContent).toBe('全县 2026年3月');
    const mediation = await screen.findByRole('table', { name: '人民调解工作情况' });
    const [header, received] = rowsOf(mediation);
    expect(header).toEqual(['项目', '绥滨镇', '绥东镇', '忠仁镇', '连生乡', '北岗乡', '富强乡', '北山乡', '新富乡', '福兴乡', '合计']);
    expect(received).toEqual(['受理纠纷（件）', '1', '0', '0', '0', '0', '0', '0', '0', '0', '1']);
    const months = rowsOf(screen.getByRole('table', { name: '各月受理纠纷（件）' }));
    expect(months[1]).toEqual(['3月', '1', ...Array<string>(8).fill('零上报'), '1']);
  });
});
