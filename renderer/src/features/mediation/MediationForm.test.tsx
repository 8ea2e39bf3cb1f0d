// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route } from 'wouter';
import { renderApp, townshipStore } from '../../app/testing/render-app';
import { mediationDraft } from '../../app/testing/sample-drafts';
import { MediationEditPage, MediationNewPage } from './MediationEditPage';

const VALID_ID_NUMBER = '230422199001011232';

const type = (label: string, value: string, nth = 0) => {
  const field = screen.getAllByLabelText(label)[nth];
  if (!field) throw new Error(`no field labelled ${label}`);
  fireEvent.change(field, { target: { value } });
};

function choose(label: string, option: string) {
  fireEvent.mouseDown(screen.getByRole('combobox', { name: label }));
  fireEvent.click(within(screen.getByRole('listbox')).getByRole('option', { name: option }));
}

/** MUI X 9 date fields keep a hidden input that takes a whole typed date (as autofill does). */
function typeDate(name: string, value: string) {
  const input = document.querySelector<HTMLInputElement>(`input[name="${name}"]`);
  if (!input) throw new Error(`no date field ${name}`);
  fireEvent.change(input, { target: { value } });
}

const lastPath = (history: string[]) => history[history.length - 1];

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('mediation form', { timeout: 60_000 }, () => {
  it('creates a case with the committee of the township and keeps ID numbers and phones in personal data', async () => {
    const { store, location } = renderApp(<MediationNewPage />, { path: '/mediation/new' });
    expect(await screen.findByLabelText<HTMLInputElement>('调解委员会')).toHaveProperty('value', '忠仁镇人民调解委员会');
    choose('纠纷类型', '邻里纠纷');
    type('纠纷简要情况', '两家因院墙排水发生争执');
    type('当事人姓名', '张三', 0);
    type('当事人姓名', '李四', 1);
    type('身份证号码', VALID_ID_NUMBER, 0);
    type('联系电话', '13912345678', 0);
    type('调解员姓名', '王调解');
    fireEvent.click(screen.getByRole('button', { name: '保存' }));

    await waitFor(() => expect(lastPath(location.history)).toMatch(/^\/mediation\/[0-9a-f-]+$/));
    const id = lastPath(location.history)!.split('/')[2]!;
    const saved = await store.ledger.get('mediationCase', id);
    expect(saved?.parties.map((party) => party.name)).toEqual(['张三', '李四']);
    expect(saved?.status).toBe('accepted');
    expect(JSON.stringify(saved?.parties)).not.toContain(VALID_ID_NUMBER);
    const applicantId = saved?.parties[0]?.partyId;
    expect(saved?.personal.parties.find((entry) => entry.partyId === applicantId)).toMatchObject({ idNumber: VALID_ID_NUMBER, phone: '13912345678' });
  });

  it('lists every problem at once, names each field, and keeps what was typed', async () => {
    const { store } = renderApp(<MediationNewPage />, { path: '/mediation/new' });
    await screen.findByLabelText('调解委员会');
    type('当事人姓名', '张三', 0);
    type('身份证号码', '230422199001011234', 0); // wrong check digit
    fireEvent.click(screen.getByRole('button', { name: '保存' }));

    const summary = await screen.findByTestId('issue-summary');
    for (const field of ['纠纷类型', '纠纷简要情况', '当事人姓名（第2项）', '当事人身份证号码（第1项）']) {
      expect(within(summary).getByRole('button', { name: field })).toBeTruthy();
    }
    expect(screen.getAllByLabelText<HTMLInputElement>('当事人姓名')[0]?.value).toBe('张三');
    expect(screen.getAllByLabelText<HTMLInputElement>('身份证号码')[0]?.value).toBe('230422199001011234');
    expect((await store.ledger.list('mediationCase', { pageSize: 5 })).rows).toHaveLength(0);
  });

  it('moves a case to 调解成功 by editing: the agreement section opens and the closing date is asked for', async () => {
    const store = townshipStore();
    const created = await store.ledger.create('mediationCase', mediationDraft({ receivedOn: '2026-03-01', status: 'mediating' }), { person: '李文', deviceId: 't' });
    if (!created.ok) throw new Error('sample case refused');
    const { location } = renderApp(<Route path="/mediation/:id/edit" component={MediationEditPage} />, { store, path: `/mediation/${created.record.id}/edit` });
    await screen.findByLabelText('调解委员会');
    expect(screen.queryByRole('combobox', { name: '协议形式' })).toBeNull();

    choose('调解状态', '调解成功');
    choose('协议形式', '口头协议');
    type('协议内容', '李四于三日内疏通排水沟');
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    const summary = await screen.findByTestId('issue-summary');
    expect(within(summary).getByRole('button', { name: '结案日期' })).toBeTruthy();

    typeDate('closedOn', '2026-03-10');
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(lastPath(location.history)).toBe(`/mediation/${created.record.id}`));
    const saved = await store.ledger.get('mediationCase', created.record.id);
    expect(saved).toMatchObject({ status: 'succeeded', closedOn: '2026-03-10', agreement: { form: 'oral', terms: '李四于三日内疏通排水沟' } });
  });

  it('records an escalation risk with its report and files the case in a 卷宗 with its checklist (decision 017)', async () => {
    const store = townshipStore();
    const created = await store.ledger.create('mediationCase', mediationDraft({ status: 'failed', closedOn: '2026-03-10', closingNote: '分歧较大，已告知诉讼途径' }), { person: '李文', deviceId: 't' });
    if (!created.ok) throw new Error('sample case refused');
    const { location } = renderApp(<Route path="/mediation/:id/edit" component={MediationEditPage} />, { store, path: `/mediation/${created.record.id}/edit` });
    await screen.findByLabelText('调解委员会');
    expect(screen.queryByLabelText('报告的公安机关或有关部门')).toBeNull();

    fireEvent.click(screen.getByRole('checkbox', { name: '纠纷有激化可能（可能引起治安案件、刑事案件）' }));
    type('已采取的预防措施', '分别稳控双方情绪');
    typeDate('escalation.reportedOn', '2026-03-06');
    type('报告的公安机关或有关部门', '忠仁派出所');
    type('卷号', '（2026）人调字第3号');
    choose('保管期限', '长期');
    typeDate('archive.archivedOn', '2026-03-20');
    fireEvent.click(screen.getByRole('checkbox', { name: '调解笔录' }));
    fireEvent.click(screen.getByRole('checkbox', { name: '调解申请书或受理登记表' }));
    fireEvent.click(screen.getByRole('button', { name: '保存' }));

    await waitFor(() => expect(lastPath(location.history)).toBe(`/mediation/${created.record.id}`));
    const saved = await store.ledger.get('mediationCase', created.record.id);
    expect(saved?.escalation).toEqual({ risk: true, measures: '分别稳控双方情绪', reportedOn: '2026-03-06', reportedTo: '忠仁派出所' });
    // In the checklist's order, not the order they were ticked in.
    expect(saved?.archive).toEqual({ volumeNumber: '（2026）人调字第3号', keepingPeriod: 'long', archivedOn: '2026-03-20', documents: ['application', 'sessionRecords'] });
  });
});
