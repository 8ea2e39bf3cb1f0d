// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Switch } from 'wouter';
import { enforcementDraft, officerDraft } from '#shared/domain/rules/test-fixtures';
import { renderApp, townshipStore } from '../../app/testing/render-app';
import { reviewPages } from './routes';

const actor = { person: '李文', deviceId: 'test' };

/** A township store (the real rules refuse what they refuse) holding one enforcement case against 马九, with its two officers. */
async function storeWithCase() {
  const store = townshipStore();
  const officerIds = [];
  for (const [name, certificateNumber] of [['李四', '2304220001'], ['赵六', '2304220002']] as const) {
    const officer = await store.ledger.create('officer', officerDraft({ name, certificateNumber, personal: {} }), actor);
    if (!officer.ok) throw new Error(`sample officer refused: ${JSON.stringify(officer.issues)}`);
    officerIds.push(officer.record.id);
  }
  const reviewed = await store.ledger.create('enforcementCase', enforcementDraft({ officerIds }), actor);
  if (!reviewed.ok) throw new Error(`sample enforcement case refused: ${JSON.stringify(reviewed.issues)}`);
  return { store, caseId: reviewed.record.id };
}

const ReviewPages = () => <Switch>{reviewPages.routes.map((route) => <Route key={route.path} path={route.path} component={route.component} />)}</Switch>;

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const score = () => screen.getByRole('status', { name: '评查得分' }).textContent;
const lastPath = (history: string[]) => history[history.length - 1];

async function pickCase(typed: string, option: RegExp) {
  fireEvent.change(screen.getByRole('combobox', { name: '被评查的执法案件' }), { target: { value: typed } });
  fireEvent.click(await within(await screen.findByRole('listbox')).findByRole('option', { name: option }));
}

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('case review form', { timeout: 60_000 }, () => {
  it('[REVIEW_VETO_ZERO] shows the total live, and a veto item makes it 0 / 不合格 until it is unticked', async () => {
    const { store, caseId } = await storeWithCase();
    const { location } = renderApp(<ReviewPages />, { store, path: '/reviews/new' });
    await screen.findByLabelText('评查人');
    await pickCase('mj', /马九/);
    type('评查人', '县司法局赵敏');
    type('案卷形式得分', '18');
    type('案卷内容得分', '70');
    await waitFor(() => expect(score()).toContain('总分 88 分'));
    expect(score()).toContain('良好');

    fireEvent.click(screen.getByLabelText('执法主体不合法'));
    await waitFor(() => expect(score()).toContain('总分 0 分'));
    expect(score()).toContain('不合格');
    expect(score()).toContain('执法主体不合法');

    // A vetoed file must say what is wrong before it can be saved.
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    const summary = await screen.findByTestId('issue-summary');
    expect(within(summary).getByRole('button', { name: '评查意见' })).toBeTruthy();
    expect(score()).toContain('总分 0 分');

    type('评查意见', '执法主体无相应处罚权限。');
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(lastPath(location.history)).toMatch(/^\/reviews\/[0-9a-f-]+$/));
    const saved = await store.ledger.get('caseReview', lastPath(location.history)!.split('/')[2]!);
    expect(saved).toMatchObject({
      enforcementCaseId: caseId, reviewer: '县司法局赵敏', reviewedUnit: '忠仁镇综合行政执法办公室', vetoItems: ['unlawfulAgency'],
      formScore: 18, contentScore: 70, totalScore: 0, grade: 'fail',
    });

    // The detail page shows the score sheet and links to the reviewed case.
    const sheet = await screen.findByRole('table', { name: '评分表' });
    expect(sheet.textContent).toContain('执法主体不合法');
    expect(sheet.textContent).toContain('不合格');
    expect(document.querySelector(`a[href$="/enforcement/${caseId}"]`)).not.toBeNull();
  });

  it('edits a review: the picked case and scores come back, unticking the veto restores the sum, history says it in words', async () => {
    const { store, caseId } = await storeWithCase();
    const created = await store.ledger.create('caseReview', {
      enforcementCaseId: caseId, reviewedUnit: '忠仁镇综合行政执法办公室', reviewedOn: '2026-10-20', reviewer: '县司法局赵敏',
      vetoItems: ['wrongLaw'], formScore: 19, contentScore: 76, findings: '适用法律条款错误。',
    }, actor);
    if (!created.ok) throw new Error('sample review refused');
    const { location } = renderApp(<ReviewPages />, { store, path: `/reviews/${created.record.id}/edit` });
    await screen.findByLabelText('评查人');
    expect(screen.getByRole('combobox', { name: '被评查的执法案件' })).toHaveProperty('value', expect.stringContaining('马九') as string);
    expect(screen.getByLabelText<HTMLInputElement>('适用法律依据错误').checked).toBe(true);
    expect(score()).toContain('总分 0 分');

    fireEvent.click(screen.getByLabelText('适用法律依据错误'));
    await waitFor(() => expect(score()).toContain('总分 95 分'));
    expect(score()).toContain('优秀');
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(lastPath(location.history)).toBe(`/reviews/${created.record.id}`));
    expect(await store.ledger.get('caseReview', created.record.id)).toMatchObject({ vetoItems: [], totalScore: 95, grade: 'excellent' });
    // History names the veto item and the grades in words, not codes.
    const history = await screen.findByRole('complementary', { name: '修改记录' });
    await waitFor(() => expect(history.textContent).toContain('否决项（第1项）：适用法律依据错误 → （空）'));
    expect(history.textContent).toContain('评查等级：不合格 → 优秀');
  });
});
