// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route } from 'wouter';
import type { Draft } from '#shared/domain/draft';
import { renderApp, townshipStore } from '../../app/testing/render-app';
import { OfficerDetailPage } from './OfficerDetailPage';
import { OfficerEditPage, OfficerNewPage } from './OfficerEditPage';

// Forms with date pickers render slowly in happy-dom; more time than the default keeps a busy machine from failing them.
const SLOW_FORM_MS = 60_000;
const actor = { person: '李文', deviceId: 'test' };
const VALID_ID_NUMBER = '11010519491231002X';

const officerDraft = (overrides: Partial<Draft<'officer'>> = {}): Draft<'officer'> => ({
  name: '王五', gender: 'male', unit: '忠仁镇综合行政执法办公室', certificateNumber: '23040001',
  certificateIssuedOn: '2023-06-01', certificateExpiresOn: '2099-06-01', status: 'active',
  personal: { idNumber: VALID_ID_NUMBER, phone: '13912345678' }, note: '兼任安全生产检查',
  ...overrides,
});

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

/** MUI X 9 date fields keep a hidden input that takes a whole typed date (as autofill does). */
function typeDate(name: string, value: string) {
  const input = document.querySelector<HTMLInputElement>(`input[name="${name}"]`);
  if (!input) throw new Error(`no date field ${name}`);
  fireEvent.change(input, { target: { value } });
}

const valueOf = (label: string) => screen.getByLabelText<HTMLInputElement>(label).value;
const lastPath = (history: string[]) => history[history.length - 1];

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('officer form', () => {
  it('round-trips a record: every field shows in the edit form and saving a change keeps the others', async () => {
    const store = townshipStore();
    const created = await store.ledger.create('officer', officerDraft(), actor);
    if (!created.ok) throw new Error('sample officer refused');
    const id = created.record.id;
    const { location } = renderApp(<Route path="/officers/:id/edit" component={OfficerEditPage} />, { store, path: `/officers/${id}/edit` });

    await screen.findByLabelText('姓名');
    expect(valueOf('姓名')).toBe('王五');
    expect(valueOf('工作单位')).toBe('忠仁镇综合行政执法办公室');
    expect(valueOf('执法证号')).toBe('23040001');
    expect(valueOf('身份证号码')).toBe(VALID_ID_NUMBER);
    expect(valueOf('联系电话')).toBe('13912345678');
    expect(valueOf('备注')).toBe('兼任安全生产检查');
    expect(document.querySelector<HTMLInputElement>('input[name="certificateExpiresOn"]')?.value).toBe('2099-06-01');

    type('联系电话', '13800001111');
    typeDate('certificateExpiresOn', '2099-12-31');
    fireEvent.click(screen.getByRole('button', { name: '保存' }));

    await waitFor(() => expect(lastPath(location.history)).toBe(`/officers/${id}`));
    const saved = await store.ledger.get('officer', id);
    expect(saved).toMatchObject({
      ...officerDraft(), certificateExpiresOn: '2099-12-31', personal: { idNumber: VALID_ID_NUMBER, phone: '13800001111' },
    });
  }, SLOW_FORM_MS);

  it('creates an officer with the township office as unit and refuses a certificate that expires before it was issued', async () => {
    const { store, location } = renderApp(<OfficerNewPage />, { path: '/officers/new' });
    await screen.findByLabelText('姓名');
    expect(valueOf('工作单位')).toBe('忠仁镇综合行政执法办公室');
    type('姓名', '李四');
    type('执法证号', '23040002');
    type('身份证号码', VALID_ID_NUMBER);
    typeDate('certificateIssuedOn', '2024-03-01');
    typeDate('certificateExpiresOn', '2023-03-01');
    fireEvent.click(screen.getByRole('button', { name: '保存' }));

    const summary = await screen.findByTestId('issue-summary');
    expect(within(summary).getByRole('button', { name: '有效期至' })).toBeTruthy();
    expect(summary.textContent).toContain('不晚于发证日期2024-03-01');
    expect(valueOf('姓名')).toBe('李四');
    expect((await store.ledger.list('officer', { pageSize: 5 })).rows).toHaveLength(0);

    typeDate('certificateExpiresOn', '2029-03-01');
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(lastPath(location.history)).toMatch(/^\/officers\/[0-9a-f-]+$/));
    const saved = await store.ledger.get('officer', lastPath(location.history)!.split('/')[2]!);
    expect(saved).toMatchObject({ name: '李四', certificateIssuedOn: '2024-03-01', certificateExpiresOn: '2029-03-01', personal: { idNumber: VALID_ID_NUMBER } });
  }, SLOW_FORM_MS);

  it('shows the ID number masked on the detail page until 显示 is pressed, and the trainings attended', async () => {
    const store = townshipStore();
    const created = await store.ledger.create('officer', officerDraft(), actor);
    if (!created.ok) throw new Error('sample officer refused');
    const id = created.record.id;
    const study = (topic: string, officerId?: string): Draft<'studySession'> => ({
      heldOn: '2026-05-10', kind: 'officerTraining', organiser: '县司法局', topic, lawIds: [], lecturer: '张律师', hours: 4,
      participants: [{ name: '王五', ...(officerId ? { officerId, examScore: 91 } : {}) }], attachments: [],
    });
    await store.ledger.create('studySession', study('行政处罚法专题培训', id), actor);
    await store.ledger.create('studySession', study('同名但非本人', undefined), actor);
    renderApp(<Route path="/officers/:id" component={OfficerDetailPage} />, { store, path: `/officers/${id}` });

    await screen.findByText('行政处罚法专题培训');
    expect(screen.queryByText('同名但非本人')).toBeNull();
    expect(screen.getByText('91')).toBeTruthy();
    expect(screen.queryByText(VALID_ID_NUMBER)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '显示身份证号码' }));
    expect(screen.getByText(VALID_ID_NUMBER)).toBeTruthy();
  });
});
