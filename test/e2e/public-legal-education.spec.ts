// 普法活动 (谁执法谁普法, the county plan's (十二); decision 037): recorded through the 学法 form, listed under its kind,
// and counted with the people it reached on 工作台.
import { expect, test } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { Dashboard } from './page-models/dashboard';
import { StudyList } from './page-models/study';

test('a 普法活动 recorded through the form appears in the 学法 list under its kind and moves the 工作台 count', async ({ official: page }) => {
  const shell = new AppShell(page);
  const dashboard = new Dashboard(page);
  await shell.goTo('工作台');
  await expect(dashboard.publicEducation()).toContainText('0 次 · 受众 0 人次');

  await shell.goTo('学法记录');
  const list = new StudyList(page);
  const form = await list.startNewSession();
  await form.fillActivity({ unit: '忠仁镇综合行政执法办公室', topic: '食品安全法进集市', place: '忠仁镇农贸市场', hours: 2, audience: '赶集群众及市场商户', peopleReached: 150 });
  // Without the people reached it is refused, naming what is missing; nothing typed is lost.
  await form.form.getByRole('spinbutton', { name: '受众人数（人）' }).fill('');
  await form.saveExpectingRefusal(['普法活动须填写受众人数']);
  await expect(form.textbox('普法对象')).toHaveValue('赶集群众及市场商户');
  await form.form.getByRole('spinbutton', { name: '受众人数（人）' }).fill('150');
  await form.addLaw('食品安全', '中华人民共和国食品安全法', form.form.getByRole('combobox', { name: '宣传的法律法规' }));
  const detail = await form.saveSession();
  await expect(detail.heading()).toHaveText('食品安全法进集市');
  await expect(detail.value('受众人数')).toHaveText('150 人');
  await expect(detail.value('普法对象')).toHaveText('赶集群众及市场商户');

  await shell.goTo('学法记录');
  await list.filter('学习形式', '普法活动');
  await list.expectRows(['食品安全法进集市']);
  await expect(list.row('食品安全法进集市')).toContainText('普法活动');
  await list.filter('学习形式', '会前学法');
  await list.expectEmpty();

  await shell.goTo('工作台');
  await expect(dashboard.publicEducation()).toContainText('1 次 · 受众 150 人次');
});
