// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { MediationCase } from '#shared/domain/schemas/index';
import { useLedgerList } from '../../app/useLedgerList';
import { mediationDraft } from '../../app/testing/sample-drafts';
import { renderApp, townshipStore } from '../../app/testing/render-app';
import { ListPage } from './ListPage';

const actor = { person: '李文', deviceId: 'test' };
const dayOf = (index: number) => `2026-${String(1 + Math.floor(index / 28)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`;

/** 45 cases received on 45 different days; case i has applicant 申请人i. */
async function storeWith45Cases() {
  const store = townshipStore();
  const drafts = Array.from({ length: 45 }, (_, index) => mediationDraft({
    receivedOn: dayOf(index),
    // A case closed as 调解成功 carries its agreement and closing date, as the rules ask.
    ...(index % 3 === 0 ? { status: 'succeeded', closedOn: '2026-03-10', agreement: { form: 'oral', terms: '互谅互让', signedOn: '2026-03-10' } } : { status: 'accepted' }),
    parties: [{ partyId: 'a', role: 'applicant', kind: 'person', name: `申请人${index}` }, { partyId: 'b', role: 'respondent', kind: 'person', name: '李四' }],
  }));
  await store.ledger.createMany('mediationCase', drafts, actor);
  return store;
}

function CaseList({ opened = () => undefined }: { opened?: (row: MediationCase) => void }) {
  const source = useLedgerList('mediationCase');
  return (
    <ListPage<MediationCase> title="人民调解" {...source} pageSize={20} onOpen={opened}
      searchLabel="搜索" dateLabel="受理日期"
      filterGroups={[{ field: 'status', label: '状态', options: [{ value: 'succeeded', label: '调解成功' }] }]}
      columns={[
        { header: '受理日期', render: (row) => row.receivedOn },
        { header: '申请人', render: (row) => row.parties[0]?.name },
      ]} />
  );
}

const shownDates = () => screen.getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell')[0]?.textContent);

afterEach(cleanup);

describe('ListPage', { timeout: 60_000 }, () => {
  it('pages newest first with 下一页 and back with 上一页, showing the total', async () => {
    renderApp(<CaseList />, { store: await storeWith45Cases() });
    await screen.findByText('共 45 条，第 1 页');
    const firstPage = shownDates();
    expect(firstPage).toHaveLength(20);
    expect(firstPage[0]).toBe(dayOf(44));
    expect([...firstPage].sort().reverse()).toEqual(firstPage);

    fireEvent.click(screen.getByRole('button', { name: '下一页' }));
    await screen.findByText('共 45 条，第 2 页');
    const secondPage = shownDates();
    expect(secondPage[0]).toBe(dayOf(24));

    fireEvent.click(screen.getByRole('button', { name: '下一页' }));
    await screen.findByText('共 45 条，第 3 页');
    expect(shownDates()).toHaveLength(5);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: '下一页' }).disabled).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: '上一页' }));
    await screen.findByText('共 45 条，第 2 页');
    expect(shownDates()).toEqual(secondPage);
    fireEvent.click(screen.getByRole('button', { name: '上一页' }));
    await screen.findByText('共 45 条，第 1 页');
    expect(shownDates()).toEqual(firstPage);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: '上一页' }).disabled).toBe(true);
  });

  it('shows the first page without waiting for the count, then 共 N 条 when it arrives (decision 047)', async () => {
    const store = await storeWith45Cases();
    let release: () => void = () => undefined;
    const counted = store.ledger.count.bind(store.ledger);
    store.ledger.count = (kind, query) => new Promise((resolve) => { release = () => resolve(counted(kind, query)); });
    renderApp(<CaseList />, { store });
    await screen.findByText('申请人44');
    expect(shownDates()).toHaveLength(20);
    expect(screen.getByText('第 1 页')).toBeTruthy();
    release();
    await screen.findByText('共 45 条，第 1 页');
  });

  it('goes back to the first page when the search changes', async () => {
    renderApp(<CaseList />, { store: await storeWith45Cases() });
    await screen.findByText('共 45 条，第 1 页');
    fireEvent.click(screen.getByRole('button', { name: '下一页' }));
    await screen.findByText('共 45 条，第 2 页');

    fireEvent.change(screen.getByLabelText('搜索'), { target: { value: '申请人7' } });
    await screen.findByText('共 1 条，第 1 页');
    expect(shownDates()).toEqual([dayOf(7)]);
  });

  it('says so when nothing matches', async () => {
    renderApp(<CaseList />, { store: await storeWith45Cases() });
    await screen.findByText('共 45 条，第 1 页');
    fireEvent.change(screen.getByLabelText('搜索'), { target: { value: '没有这个人' } });
    await screen.findByText('没有符合条件的记录');
  });

  it('opens the record of a clicked row', async () => {
    const opened: MediationCase[] = [];
    renderApp(<CaseList opened={(row) => opened.push(row)} />, { store: await storeWith45Cases() });
    await screen.findByText('共 45 条，第 1 页');
    fireEvent.click(screen.getByText('申请人44'));
    await waitFor(() => expect(opened.map((row) => row.receivedOn)).toEqual([dayOf(44)]));
  });

  it('follows its ledger: a case saved elsewhere (another window, or received by sync) appears without leaving the page', async () => {
    const store = await storeWith45Cases();
    renderApp(<CaseList />, { store });
    await screen.findByText('共 45 条，第 1 页');
    // Newer than the 45 and not in the future (the store refuses a date after today).
    await store.ledger.create('mediationCase', mediationDraft({
      receivedOn: '2026-03-01',
      parties: [{ partyId: 'a', role: 'applicant', kind: 'person', name: '王秀英' }, { partyId: 'b', role: 'respondent', kind: 'person', name: '赵德胜' }],
    }), actor);
    await screen.findByText('共 46 条，第 1 页', undefined, { timeout: 5_000 });
    expect(shownDates()[0]).toBe('2026-03-01');
    expect(screen.getByText('王秀英')).toBeTruthy();
  });
});
