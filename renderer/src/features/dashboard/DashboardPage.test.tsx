// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { renderApp, townshipStore } from '../../app/testing/render-app';
import { mediationDraft } from '../../app/testing/sample-drafts';
import type { Draft } from '#shared/domain/draft';
import { DashboardPage } from './DashboardPage';

afterEach(cleanup);

const actor = { person: '李文', deviceId: 't' };

describe('工作台', { timeout: 60_000 }, () => {
  it('shows the success rate against its target with its definition, and links an overdue case', async () => {
    // A set date: in January the case received two months ago would fall in the year before.
    const store = townshipStore({ clock: () => new Date(2026, 5, 15, 10) });
    const year = 2026;
    const closed = { closedOn: `${year}-01-20`, receivedOn: `${year}-01-05` };
    await store.ledger.createMany('mediationCase', [
      mediationDraft({ ...closed, status: 'succeeded', agreement: { form: 'oral', terms: '赔偿500元', signedOn: `${year}-01-20` } }),
      mediationDraft({ ...closed, status: 'failed', closingNote: '双方分歧较大，已告知可向法院起诉' }),
      // Not mediated yet: no session (the sample's session would come before this receipt date).
      mediationDraft({ receivedOn: '2026-04-15', status: 'accepted', sessions: [] }),
    ], actor);

    renderApp(<DashboardPage />, { store });
    const rate = await screen.findByRole('region', { name: '人民调解成功率' });
    expect(rate.textContent).toContain('50%');
    expect(rate.textContent).toContain('目标 90%');
    expect(rate.textContent).toContain('未达标');
    expect(rate.textContent).toMatch(/调解成功率 = /);

    const deadlines = await screen.findByRole('list', { name: '期限提醒' });
    const overdue = within(deadlines).getAllByRole('listitem').find((item) => item.textContent?.includes('已逾期'));
    expect(overdue?.textContent).toContain('一个月内结案');
    expect(within(overdue!).getByRole('link').getAttribute('href')).toMatch(/\/mediation\/[0-9a-f-]+$/);

    // The year's cases by type and by source, with shares (issue 7 item 6).
    const breakdown = await screen.findByRole('region', { name: '人民调解案件构成' });
    expect(breakdown.textContent).toContain(`${year}年受理 3 件`);
    const bySource = within(breakdown).getByRole('table', { name: '按案件来源' });
    expect(within(bySource).getAllByRole('row').map((row) => row.textContent)).toContain('当事人申请3100%');

    // 公职律师: the county has not typed the number yet, so no figure, only the target.
    const lawyers = await screen.findByRole('region', { name: '公职律师' });
    expect(lawyers.textContent).toContain('目标 8');
    expect(lawyers.textContent).toContain('尚未');
  });

  it('counts the year\'s 普法活动 and the people they reached from the 学法 ledger, not its lectures or last year\'s', async () => {
    const store = townshipStore({ clock: () => new Date(2026, 5, 15, 10) });
    const session = (overrides: Partial<Draft<'studySession'>>): Draft<'studySession'> => ({
      heldOn: '2026-03-01', kind: 'publicLegalEducation', organiser: '忠仁镇综合行政执法办公室', topic: '食品安全法进集市', lawIds: [],
      lecturer: '', place: '忠仁镇农贸市场', hours: 2, participants: [], attachments: [], audience: '赶集群众', peopleReached: 150, ...overrides,
    });
    const saved = await store.ledger.createMany('studySession', [
      session({}),
      session({ heldOn: '2026-05-20', peopleReached: 1200, audience: '中小学生', place: '忠仁镇中心小学' }),
      session({ heldOn: '2025-11-02', peopleReached: 90 }),
      session({ kind: 'lecture', lecturer: '张明', participants: [{ name: '王芳' }], audience: undefined, peopleReached: undefined }),
    ], actor);
    expect(saved).toEqual({ saved: 4, rejected: [] });

    renderApp(<DashboardPage />, { store });
    const card = await screen.findByRole('region', { name: '普法活动' });
    expect(card.textContent).toContain('2 次');
    expect(card.textContent).toContain('受众 1,350 人次');
  });
});
