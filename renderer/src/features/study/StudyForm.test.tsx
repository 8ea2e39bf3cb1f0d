// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Switch } from 'wouter';
import { renderApp, townshipStore } from '../../app/testing/render-app';
import type { AppStore } from '../../store/contract';
import { studyPages } from './routes';

const actor = { person: '李文', deviceId: 'test' };

/** A township store (the real rules refuse what they refuse, as on write) with one officer. */
async function validatingStore(): Promise<AppStore> {
  const store = townshipStore();
  const officer = await store.ledger.create('officer', {
    name: '王五', unit: '忠仁镇综合行政执法办公室', certificateNumber: '23040001', certificateIssuedOn: '2023-06-01',
    certificateExpiresOn: '2099-06-01', status: 'active', personal: {},
  }, actor);
  if (!officer.ok) throw new Error('sample officer refused');
  return store;
}

const StudyPages = () => <Switch>{studyPages.routes.map((route) => <Route key={route.path} path={route.path} component={route.component} />)}</Switch>;

const type = (label: string, value: string, nth = 0) => {
  const field = screen.getAllByLabelText(label)[nth];
  if (!field) throw new Error(`no field labelled ${label}`);
  fireEvent.change(field, { target: { value } });
};
const valueOf = (label: string, nth = 0) => screen.getAllByLabelText<HTMLInputElement>(label)[nth]?.value;

/** Types into an Autocomplete and picks the option whose text matches. */
function pick(label: string, typed: string, option: RegExp, nth = 0) {
  const input = screen.getAllByRole('combobox', { name: label })[nth];
  if (!input) throw new Error(`no picker labelled ${label}`);
  fireEvent.change(input, { target: { value: typed } });
  fireEvent.click(within(screen.getByRole('listbox')).getByRole('option', { name: option }));
}

const lastPath = (history: string[]) => history[history.length - 1];

function choose(label: string, option: string) {
  fireEvent.mouseDown(screen.getByRole('combobox', { name: label }));
  fireEvent.click(within(screen.getByRole('listbox')).getByRole('option', { name: option }));
}

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('study session form', { timeout: 60_000 }, () => {
  it('[STUDY_LAW_MISSING] refuses a 会前学法 without a law, says why in Chinese, and keeps what was typed', async () => {
    const store = await validatingStore();
    renderApp(<StudyPages />, { store, path: '/study/new' });
    await screen.findByLabelText('学习主题');
    type('会议名称', '第12次政府常务会议');
    type('学习主题', '学习行政处罚法修订要点');
    type('主讲人', '张明');
    type('学习时长（小时）', '1.5');
    fireEvent.click(screen.getByRole('button', { name: '保存' }));

    const summary = await screen.findByTestId('issue-summary');
    expect(within(summary).getByRole('button', { name: '所学法律法规' })).toBeTruthy();
    expect(summary.textContent).toContain('会前学法至少选择一部所学的法律法规');
    // The message also sits under the picker itself.
    const picker = screen.getByRole('combobox', { name: '所学法律法规' });
    expect(document.getElementById(picker.getAttribute('aria-describedby') ?? '')?.textContent).toContain('会前学法至少选择一部');
    expect(valueOf('会议名称')).toBe('第12次政府常务会议');
    expect(valueOf('学习主题')).toBe('学习行政处罚法修订要点');
    expect(valueOf('主讲人')).toBe('张明');
    expect(valueOf('学习时长（小时）')).toBe('1.5');
    expect((await store.ledger.list('studySession', { pageSize: 5 })).rows).toHaveLength(0);
  });

  it('round-trips a session: laws picked by pinyin initials, a participant linked to an officer, shown by name and edited', async () => {
    const store = await validatingStore();
    const { location } = renderApp(<StudyPages />, { store, path: '/study/new' });
    await screen.findByLabelText('学习主题');
    type('会议名称', '第12次政府常务会议');
    type('学习主题', '学习行政处罚法');
    type('主讲人', '张明');
    type('学习地点', '镇政府三楼会议室');
    type('学习时长（小时）', '1');
    pick('所学法律法规', 'xzcf', /中华人民共和国行政处罚法/);
    pick('所学法律法规', '民法典', /中华人民共和国民法典/);
    fireEvent.click(screen.getByRole('button', { name: '添加参加人员' }));
    pick('对应执法人员', '王', /王五/);
    expect(valueOf('参加人员姓名')).toBe('王五');
    fireEvent.click(screen.getByRole('button', { name: '保存' }));

    await waitFor(() => expect(lastPath(location.history)).toMatch(/^\/study\/[0-9a-f-]+$/));
    const id = lastPath(location.history)!.split('/')[2]!;
    const saved = await store.ledger.get('studySession', id);
    expect(saved).toMatchObject({
      kind: 'preMeeting', meetingName: '第12次政府常务会议', organiser: '忠仁镇人民政府', topic: '学习行政处罚法', hours: 1,
      lawIds: ['law:xingzheng-chufa-fa', 'law:minfadian'], place: '镇政府三楼会议室',
    });
    expect(saved?.participants).toEqual([{ name: '王五', officerId: expect.any(String) as string }]);

    // The detail page names the laws in full.
    const laws = await screen.findByRole('list', { name: '所学法律法规' });
    expect(laws.textContent).toContain('《中华人民共和国行政处罚法》');
    expect(laws.textContent).toContain('《中华人民共和国民法典》');

    fireEvent.click(screen.getByRole('button', { name: '修改' }));
    await screen.findByLabelText('学习主题');
    expect(valueOf('学习主题')).toBe('学习行政处罚法');
    expect(valueOf('参加人员姓名')).toBe('王五');
    expect(screen.getByRole('combobox', { name: '对应执法人员' })).toHaveProperty('value', '王五（23040001）');
    const chosen = screen.getByRole('combobox', { name: '所学法律法规' }).closest('.MuiAutocomplete-root');
    expect(chosen?.textContent).toContain('行政处罚法');
    expect(chosen?.textContent).toContain('民法典');

    type('学习主题', '学习行政处罚法和民法典');
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(lastPath(location.history)).toBe(`/study/${id}`));
    const edited = await store.ledger.get('studySession', id);
    expect(edited).toMatchObject({ topic: '学习行政处罚法和民法典', lawIds: ['law:xingzheng-chufa-fa', 'law:minfadian'], hours: 1 });
    // 修改记录 reads newest first (store/ledger-read.ts); the old in-memory store listed it oldest first.
    expect((await store.ledger.history(id)).map((entry) => entry.action)).toEqual(['update', 'create']);
  });

  it('[PLE_AUDIENCE_MISSING] a 普法活动 asks for its audience and people reached, refuses without them in Chinese, then saves them', async () => {
    const store = await validatingStore();
    const { location } = renderApp(<StudyPages />, { store, path: '/study/new' });
    await screen.findByLabelText('学习主题');
    // Not asked of a 学法 kind.
    expect(screen.queryByLabelText('普法对象')).toBeNull();
    choose('学习形式', '普法活动');
    await screen.findByLabelText('普法对象');
    expect(screen.getByLabelText('执法部门（组织单位）')).toBeTruthy();
    type('普法主题', '食品安全法进集市');
    type('活动时长（小时）', '2');
    fireEvent.click(screen.getByRole('button', { name: '保存' }));

    const summary = await screen.findByTestId('issue-summary');
    expect(summary.textContent).toContain('普法活动须写明普法对象');
    expect(summary.textContent).toContain('普法活动须填写受众人数');
    expect(summary.textContent).toContain('普法活动须写明活动地点');
    // No lecturer is asked for: leaflets at a market stall have none.
    expect(summary.textContent).not.toContain('宣讲人');
    expect((await store.ledger.list('studySession', { pageSize: 5 })).rows).toHaveLength(0);

    type('普法对象', '赶集群众及市场商户');
    type('受众人数（人）', '150');
    type('活动地点', '忠仁镇农贸市场');
    pick('宣传的法律法规', 'xzcf', /中华人民共和国行政处罚法/);
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(lastPath(location.history)).toMatch(/^\/study\/[0-9a-f-]+$/));
    const saved = await store.ledger.get('studySession', lastPath(location.history)!.split('/')[2]!);
    expect(saved).toMatchObject({
      kind: 'publicLegalEducation', topic: '食品安全法进集市', audience: '赶集群众及市场商户', peopleReached: 150, place: '忠仁镇农贸市场', lecturer: '',
    });
    const details = await screen.findByRole('region', { name: '基本情况' });
    expect(details.textContent).toContain('150 人');
    expect(details.textContent).toContain('赶集群众及市场商户');
  });

  it('a 学法 kind chosen after typing 普法 figures saves without them', async () => {
    const store = await validatingStore();
    const { location } = renderApp(<StudyPages />, { store, path: '/study/new' });
    await screen.findByLabelText('学习主题');
    choose('学习形式', '普法活动');
    type('普法对象', '群众');
    type('受众人数（人）', '40');
    choose('学习形式', '法治讲座');
    type('学习主题', '民法典讲座');
    type('主讲人', '张明');
    type('学习时长（小时）', '1');
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(lastPath(location.history)).toMatch(/^\/study\/[0-9a-f-]+$/));
    const saved = await store.ledger.get('studySession', lastPath(location.history)!.split('/')[2]!);
    expect(saved?.kind).toBe('lecture');
    expect(saved).not.toHaveProperty('audience');
    expect(saved).not.toHaveProperty('peopleReached');
  });
});
