// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { Route } from 'wouter';
import type { Draft } from '#shared/domain/draft';
import type { AppStore } from '../../store/contract';
import { renderApp, townshipStore } from '../../app/testing/render-app';
import { EnforcementEditPage, EnforcementNewPage } from './EnforcementEditPage';

// The form holds eleven date pickers; happy-dom renders it slowly, so these tests get more time than the default.
const SLOW_FORM_MS = 60_000;
const actor = { person: '李文', deviceId: 'test' };
const daysAgo = (days: number) => dayjs().subtract(days, 'day').format('YYYY-MM-DD');

const officerDraft = (name: string, certificateNumber: string, certificateExpiresOn: string): Draft<'officer'> => ({
  name, unit: '忠仁镇综合行政执法办公室', certificateNumber, certificateIssuedOn: '2015-01-01', certificateExpiresOn, status: 'active', personal: {},
});

async function addOfficer(store: AppStore, draft: Draft<'officer'>): Promise<string> {
  const result = await store.ledger.create('officer', draft, actor);
  if (!result.ok) throw new Error('sample officer refused');
  return result.record.id;
}

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const valueOf = (label: string) => screen.getByLabelText<HTMLInputElement>(label).value;

/** MUI X 9 date fields keep a hidden input that takes a whole typed date (as autofill does). */
function typeDate(name: string, value: string) {
  const input = document.querySelector<HTMLInputElement>(`input[name="${name}"]`);
  if (!input) throw new Error(`no date field ${name}`);
  fireEvent.change(input, { target: { value } });
}

function choose(label: string, option: string) {
  fireEvent.mouseDown(screen.getByRole('combobox', { name: label }));
  fireEvent.click(within(screen.getByRole('listbox')).getByRole('option', { name: option }));
}

function pickOfficer(name: string) {
  const input = screen.getByRole('combobox', { name: '执法人员' });
  fireEvent.change(input, { target: { value: name } });
  fireEvent.click(within(screen.getByRole('listbox')).getByRole('option', { name: new RegExp(name) }));
}

/** The text under a field, as a screen reader announces it (aria-describedby). */
const helpTextOf = (element: HTMLElement) => {
  const describedBy = element.getAttribute('aria-describedby');
  return describedBy ? document.getElementById(describedBy)?.textContent ?? '' : '';
};

const save = () => fireEvent.click(screen.getByRole('button', { name: '保存' }));
const lastPath = (history: string[]) => history[history.length - 1];

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('enforcement form', () => {
  it('[ENF_TWO_OFFICERS][OFFICER_CERT_EXPIRED] refuses one officer, then an expired certificate, at the officers field and in the summary, keeping what was typed', async () => {
    const store = townshipStore();
    await addOfficer(store, officerDraft('王五', '23040001', '2099-06-01'));
    await addOfficer(store, officerDraft('赵六', '23040002', '2020-01-01'));
    renderApp(<EnforcementNewPage />, { store, path: '/enforcement/new' });
    await screen.findByLabelText('执法事项');
    type('执法事项', '露天焚烧秸秆');
    type('当事人姓名', '马九');
    pickOfficer('王五');
    save();

    let summary = await screen.findByTestId('issue-summary');
    expect(summary.textContent).toContain('执法人员：执法人员不得少于两人（行政处罚法第四十二条），现有1人');
    expect(helpTextOf(screen.getByRole('combobox', { name: '执法人员' }))).toContain('执法人员不得少于两人');
    expect(valueOf('执法事项')).toBe('露天焚烧秸秆');
    expect(valueOf('当事人姓名')).toBe('马九');

    pickOfficer('赵六');
    save();
    await waitFor(() => expect(screen.getByTestId('issue-summary').textContent).toContain('赵六的执法证（23040002）已于2020-01-01到期'));
    summary = screen.getByTestId('issue-summary');
    expect(summary.textContent).not.toContain('不得少于两人');
    expect(within(summary).getByRole('button', { name: '执法人员（第2项）' })).toBeTruthy();
    expect(helpTextOf(screen.getByRole('combobox', { name: '执法人员' }))).toContain('赵六的执法证（23040002）已于2020-01-01到期');
    expect(valueOf('执法事项')).toBe('露天焚烧秸秆');
    expect(valueOf('当事人姓名')).toBe('马九');
    expect(screen.getByText(/^王五（证号 23040001/)).toBeTruthy();
    expect((await store.ledger.list('enforcementCase', { pageSize: 5 })).rows).toHaveLength(0);
  }, SLOW_FORM_MS);

  it('[ENF_LEGAL_REVIEW_MISSING] [ENF_COLLECTIVE_DISCUSSION_MISSING] refuses a major decision without legal review and collective discussion, then saves it once both are entered', async () => {
    const store = townshipStore();
    const officerIds = [
      await addOfficer(store, officerDraft('王五', '23040001', '2099-06-01')),
      await addOfficer(store, officerDraft('李四', '23040003', '2099-06-01')),
    ];
    const created = await store.ledger.create('enforcementCase', {
      category: 'penalty', procedure: 'ordinary', matter: '违法占用耕地建房', party: { kind: 'person', name: '马九' }, personal: {},
      officerIds, stages: { filedOn: daysAgo(40), investigatedOn: daysAgo(35), notifiedOn: daysAgo(30), decidedOn: daysAgo(10) },
      legalBasis: '《中华人民共和国土地管理法》第七十八条', major: false,
      decision: { outcome: 'penalty', content: '责令退还非法占用的土地，罚款两千元', fineAmount: 2000 },
      recordings: [{ stage: 'investigated', medium: 'video', description: '执法记录仪录像' }], attachments: [],
    }, actor);
    if (!created.ok) throw new Error('sample case refused');
    const id = created.record.id;
    const { location } = renderApp(<Route path="/enforcement/:id/edit" component={EnforcementEditPage} />, { store, path: `/enforcement/${id}/edit` });
    await screen.findByLabelText('执法事项');

    fireEvent.click(screen.getByLabelText('重大执法决定'));
    save();
    const summary = await screen.findByTestId('issue-summary');
    expect(summary.textContent).toContain('法制审核：重大执法决定，须在作出决定前经法制审核（行政处罚法第五十八条）');
    expect(helpTextOf(screen.getByRole('group', { name: '法制审核日期' }))).toContain('须在作出决定前经法制审核');
    expect((await store.ledger.get('enforcementCase', id))?.major).toBe(false);

    typeDate('legalReview.reviewedOn', daysAgo(12));
    type('法制审核人员', '县司法局 张审核');
    choose('法制审核意见', '同意');
    choose('审核人员资格', '非初次从事法制审核');
    save();
    // [ENF_COLLECTIVE_DISCUSSION_MISSING] a penalty on a major case is also decided by the heads together (art. 57(2)).
    await waitFor(() => expect(screen.getByTestId('issue-summary').textContent).toContain('行政机关负责人应当集体讨论决定（行政处罚法第五十七条第二款）'));
    typeDate('collectiveDiscussion.discussedOn', daysAgo(11));
    type('参加讨论的负责人', '镇长、分管副镇长');
    type('集体讨论结论', '同意罚款两千元');
    save();
    await waitFor(() => expect(lastPath(location.history)).toBe(`/enforcement/${id}`));
    expect(await store.ledger.get('enforcementCase', id)).toMatchObject({
      collectiveDiscussion: { discussedOn: daysAgo(11), participants: '镇长、分管副镇长', conclusion: '同意罚款两千元' },
      major: true, legalReview: { reviewedOn: daysAgo(12), reviewer: '县司法局 张审核', opinion: 'approve', firstTime: false },
      decision: { outcome: 'penalty', fineAmount: 2000 }, officerIds,
    });
  }, SLOW_FORM_MS);

  it('the open form\'s 权责清单 and officer pickers follow what sync brings: an item added appears, one stopped goes, a new officer is offered', async () => {
    // A county-role store stands for the pull: its reference writes raise the same change event a pulled batch does.
    const store = townshipStore({ settings: { role: 'county' } });
    await addOfficer(store, officerDraft('王五', '23040001', '2099-06-01'));
    renderApp(<EnforcementNewPage />, { store, path: '/enforcement/new' });
    await screen.findByLabelText('执法事项');
    type('执法事项', '焚烧垃圾');
    const powerPicker = screen.getByRole('combobox', { name: '权责清单事项' });
    fireEvent.change(powerPicker, { target: { value: '焚烧' } });
    /** The options of one picker's open list (aria-controls names it). */
    const listOf = (picker: HTMLElement) => document.getElementById(picker.getAttribute('aria-controls') ?? '');
    const optionsOf = (picker: HTMLElement) => [...(listOf(picker)?.querySelectorAll('[role="option"]') ?? [])].map((option) => option.textContent ?? '');
    const shown = () => optionsOf(powerPicker);
    await waitFor(() => expect(shown().some((text) => text.includes('露天焚烧秸秆'))).toBe(true));

    const [burning] = await store.reference.list('powerItem');
    if (!burning) throw new Error('no default power item');
    const added = { ...burning, id: 'powerItem:county-jinshao-laji', code: 'county-jinshao-laji', name: '对在禁烧区域内焚烧垃圾的处罚', sortOrder: 5 };
    await store.reference.upsert([{ ...burning, active: false }, added]);
    await waitFor(() => expect(shown().some((text) => text.includes('对在禁烧区域内焚烧垃圾的处罚'))).toBe(true));
    expect(shown().some((text) => text.includes('露天焚烧秸秆'))).toBe(false);
    expect(valueOf('执法事项')).toBe('焚烧垃圾');

    await addOfficer(store, officerDraft('钱八', '23040009', '2099-06-01'));
    const officerPicker = screen.getByRole('combobox', { name: '执法人员' });
    fireEvent.change(officerPicker, { target: { value: '钱八' } });
    await waitFor(() => expect(optionsOf(officerPicker).some((text) => text.includes('钱八'))).toBe(true));
  }, SLOW_FORM_MS);
});
