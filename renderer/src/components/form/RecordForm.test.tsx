// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Draft } from '#shared/domain/draft';
import type { DomainIssue } from '#shared/domain/issue';
import { renderApp, testDraftStorage } from '../../app/testing/render-app';
import { useAppStore } from '../../app/store-context';
import { TextInput } from '../fields/form-fields';
import { RecordForm } from './RecordForm';

interface OfficerValues { name: string; unit: string; certificateNumber: string }

const toDraft = (values: OfficerValues): Draft<'officer'> => ({
  ...values, certificateIssuedOn: '2025-01-01', certificateExpiresOn: '2030-01-01', status: 'active', personal: {},
});

/** Two rules, so a form with both fields empty has two issues to show at once. */
function validate(draft: Draft<'officer'>): DomainIssue[] {
  const issues: DomainIssue[] = [];
  if (!draft.unit) issues.push({ code: 'OFFICER_UNIT_MISSING', message: '请填写所在单位', field: 'unit', severity: 'error' });
  if (!/^\d{8}$/.test(draft.certificateNumber)) {
    issues.push({ code: 'OFFICER_CERT_NUMBER_FORMAT', message: '执法证号应为8位数字', field: 'certificateNumber', severity: 'error' });
  }
  return issues;
}

const labels = { name: '姓名', unit: '所在单位', certificateNumber: '执法证号' };

function OfficerForm({ onSaved = () => undefined }: { onSaved?: (id: string) => void }) {
  const store = useAppStore();
  return (
    <RecordForm kind="officer" title="新建执法人员" defaultValues={{ name: '', unit: '', certificateNumber: '' }}
      toDraft={toDraft} validate={validate} fieldLabels={labels}
      save={(draft) => store.ledger.create('officer', draft, { person: '李文', deviceId: 'test' })}
      onSaved={(record) => onSaved(record.id)}>
      <TextInput name="name" label="姓名" />
      <TextInput name="unit" label="所在单位" />
      <TextInput name="certificateNumber" label="执法证号" />
    </RecordForm>
  );
}

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

/** The text under a field, as a screen reader announces it (aria-describedby). */
const helpTextOf = (label: string) => {
  const describedBy = screen.getByLabelText(label).getAttribute('aria-describedby');
  return describedBy ? document.getElementById(describedBy)?.textContent ?? undefined : undefined;
};

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('RecordForm', { timeout: 60_000 }, () => {
  it('shows every issue at once, in the summary with the field names and on each field', async () => {
    renderApp(<OfficerForm />);
    await screen.findByLabelText('姓名');
    type('姓名', '王五');
    type('执法证号', '12');
    fireEvent.click(screen.getByRole('button', { name: '保存' }));

    const summary = await screen.findByTestId('issue-summary');
    expect(summary.textContent).toContain('有 2 处需要修改');
    expect(within(summary).getByRole('button', { name: '所在单位' })).toBeTruthy();
    expect(within(summary).getByRole('button', { name: '执法证号' })).toBeTruthy();
    expect(summary.textContent).toContain('所在单位：请填写所在单位');
    expect(summary.textContent).toContain('执法证号：执法证号应为8位数字');
    expect(helpTextOf('所在单位')).toBe('请填写所在单位');
    expect(helpTextOf('执法证号')).toBe('执法证号应为8位数字');
    expect(helpTextOf('姓名')).toBeUndefined();
  });

  it('keeps what was typed when saving is refused', async () => {
    const { store } = renderApp(<OfficerForm />);
    await screen.findByLabelText('姓名');
    type('姓名', '王五');
    type('执法证号', '12');
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await screen.findByTestId('issue-summary');

    expect(screen.getByLabelText<HTMLInputElement>('姓名').value).toBe('王五');
    expect(screen.getByLabelText<HTMLInputElement>('执法证号').value).toBe('12');
    expect((await store.ledger.list('officer', { pageSize: 10 })).rows).toHaveLength(0);
  });

  it('saves once the issues are fixed and forgets the draft', async () => {
    const saved: string[] = [];
    const drafts = testDraftStorage();
    const { store } = renderApp(<OfficerForm onSaved={(id) => saved.push(id)} />, { drafts });
    await screen.findByLabelText('姓名');
    type('姓名', '王五');
    type('所在单位', '忠仁镇综合行政执法办公室');
    type('执法证号', '23040001');
    await waitFor(async () => expect(await drafts.load('officer.new')).not.toBeNull());
    fireEvent.click(screen.getByRole('button', { name: '保存' }));

    await waitFor(() => expect(saved).toHaveLength(1));
    const record = await store.ledger.get('officer', saved[0]!);
    expect(record?.certificateNumber).toBe('23040001');
    expect(await drafts.load('officer.new')).toBeNull();
  });

  it('[DRAFT_ENDS_ON_SAVE] saved right after typing (before the autosave ran), the next new form opens empty', async () => {
    const saved: string[] = [];
    const drafts = testDraftStorage();
    const first = renderApp(<OfficerForm onSaved={(id) => saved.push(id)} />, { drafts });
    await screen.findByLabelText('姓名');
    type('姓名', '王五');
    type('所在单位', '忠仁镇综合行政执法办公室');
    type('执法证号', '23040001');
    // Saved within the 0.4 s debounce, then the form leaves the screen as the app does after a save.
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    first.unmount();
    window.dispatchEvent(new Event('pagehide'));
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await drafts.load('officer.new')).toBeNull();

    renderApp(<OfficerForm />, { drafts });
    await screen.findByLabelText('姓名');
    expect(screen.queryByText(/已恢复未保存的草稿/)).toBeNull();
    expect(screen.getByLabelText<HTMLInputElement>('姓名').value).toBe('');
    expect(screen.getByLabelText<HTMLInputElement>('执法证号').value).toBe('');
  });

  it('restores an unsaved draft after a reload and says so', async () => {
    const drafts = testDraftStorage();
    const first = renderApp(<OfficerForm />, { drafts });
    await screen.findByLabelText('姓名');
    type('姓名', '赵六');
    type('所在单位', '北山乡');
    await waitFor(async () => expect((await drafts.load<OfficerValues>('officer.new'))?.values.unit).toBe('北山乡'));
    first.unmount();

    renderApp(<OfficerForm />, { drafts });
    await screen.findByLabelText('姓名');
    expect(screen.getByText(/已恢复未保存的草稿/)).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('姓名').value).toBe('赵六');
    expect(screen.getByLabelText<HTMLInputElement>('所在单位').value).toBe('北山乡');
  });

  it('opens empty, without a crash or garbage, over a draft it cannot read (old format, tampered)', async () => {
    localStorage.setItem('taizhang.draft.officer.new', 'q83vEjRWeJA=:U2FsdGVkX1+garbage');
    renderApp(<OfficerForm />, { drafts: testDraftStorage() });
    await screen.findByLabelText('姓名');
    expect(screen.queryByText(/已恢复未保存的草稿/)).toBeNull();
    expect(screen.getByLabelText<HTMLInputElement>('姓名').value).toBe('');
    expect(localStorage.getItem('taizhang.draft.officer.new')).toBeNull();
  });

  it('keeps drafts encrypted: the ID number typed is not readable in localStorage', async () => {
    const drafts = testDraftStorage();
    renderApp(<OfficerForm />, { drafts });
    await screen.findByLabelText('姓名');
    type('姓名', '230422199001011234');
    await waitFor(async () => expect(await drafts.load('officer.new')).not.toBeNull());
    const stored = Object.keys(localStorage).map((key) => localStorage.getItem(key)).join('\n');
    expect(stored).not.toContain('230422199001011234');
  });
});
