// 学法记录: a 会前学法 session with laws from the catalogue, found again, corrected, with its history.
import { expect, test } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { StudyDetail, StudyList } from './page-models/study';

test('a 会前学法 session is recorded with its laws, found by search and by kind, corrected, and still there after a reload', async ({ official: page }) => {
  const shell = new AppShell(page);
  await shell.goTo('学法记录');
  const list = new StudyList(page);
  await expect(list.yearProgress()).toContainText('已学 0 部法律法规');
  const form = await list.startNewSession();
  await form.fill({ kind: '会前学法', meetingName: '第12次政府常务会议', lecturer: '赵明律师', hours: 1.5, topic: '行政处罚法修订要点解读' });
  await form.addLaw('行政处罚', '中华人民共和国行政处罚法');
  await form.addParticipant('李文静');
  const detail = await form.saveSession();
  await expect(detail.heading()).toHaveText('行政处罚法修订要点解读');
  await expect(detail.section('所学法律法规')).toContainText('中华人民共和国行政处罚法');
  await expect(detail.value('学习时长')).toHaveText('1.5 小时');

  await shell.goTo('学法记录');
  await expect(list.yearProgress()).toContainText('已学 1 部法律法规');
  await list.expectRows(['行政处罚法修订要点解读']);
  await list.search('赵明');
  await list.expectRows(['行政处罚法修订要点解读']);
  await list.search('社区矫正');
  await list.expectEmpty();
  await list.search('');
  await list.filter('学习形式', '法治讲座');
  await list.expectEmpty();
  await list.filter('学习形式', '会前学法');
  await list.expectRows(['行政处罚法修订要点解读']);

  await list.open('行政处罚法修订要点解读');
  const edit = await new StudyDetail(page).edit();
  await edit.fill({ hours: 2 });
  await edit.addLaw('人民调解', '中华人民共和国人民调解法');
  const corrected = await edit.saveSession();
  await expect(corrected.value('学习时长')).toHaveText('2 小时');
  await expect(corrected.section('所学法律法规')).toContainText('中华人民共和国人民调解法');
  await corrected.expectHistoryLine('学习时长（小时）：1.5 → 2');
  await corrected.expectHistoryLine('所学法律法规（第2项）：（空） → 中华人民共和国人民调解法');

  await shell.reload();
  await expect(corrected.heading()).toHaveText('行政处罚法修订要点解读');
  await corrected.expectHistoryLine('学习时长（小时）：1.5 → 2');
  await shell.goTo('学法记录');
  await expect(list.yearProgress()).toContainText('已学 2 部法律法规');
  await list.filter('学习形式', '会前学法');
  await list.expectRows(['行政处罚法修订要点解读']);
});

test('a 会前学法 session without meeting name, laws or hours is refused in Chinese and nothing typed is lost', async ({ official: page }) => {
  await new AppShell(page).goTo('学法记录');
  const list = new StudyList(page);
  const form = await list.startNewSession();
  await form.fill({ kind: '会前学法', lecturer: '赵明律师', hours: 0, topic: '民法典合同编' });
  await form.addParticipant('李文静');
  await form.saveExpectingRefusal(['会前学法须写明会议名称', '会前学法至少选择一部所学的法律法规', '学习时长应大于0小时']);
  await expect(form.textbox('会议名称')).toHaveAccessibleDescription(/会前学法须写明会议名称/);
  await expect(form.textbox('学习主题')).toHaveValue('民法典合同编');
  await expect(form.textbox('主讲人')).toHaveValue('赵明律师');
  await expect(form.textbox('参加人员姓名')).toHaveValue('李文静');

  await new AppShell(page).goTo('学法记录');
  await list.expectEmpty();
});
