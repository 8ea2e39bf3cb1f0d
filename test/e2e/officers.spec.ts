// 执法人员: register an officer with a certificate, find them, change their status, keep the history.
import { expect, test } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { OfficerDetail, OfficerList, registerOfficer } from './page-models/officers';
import { idNumber, mobile, withWrongCheckCharacter } from './test-data';

test('an officer is registered, found by name, pinyin and certificate number and by status, suspended, and the history says so', async ({ official: page }) => {
  const shell = new AppShell(page);
  const officerId = idNumber('1986-04-18', 52);
  const detail = await registerOfficer(page, {
    name: '钱晓东', gender: '男', certificateNumber: 'ZR2024001', issuedOn: '2024-03-01', expiresOn: '2029-02-28',
    idNumber: officerId, phone: mobile(31415926),
  });
  await expect(detail.value('执法证号')).toHaveText('ZR2024001');
  await expect(detail.section('基本情况')).not.toContainText(officerId);
  await detail.reveal('身份证号码');
  await expect(detail.section('基本情况')).toContainText(officerId);

  await shell.goTo('执法人员');
  const list = new OfficerList(page);
  await list.expectRows(['钱晓东']);
  await list.search('qxd');
  await list.expectRows(['ZR2024001']);
  await list.search('ZR2024001');
  await list.expectRows(['钱晓东']);
  await list.search('');
  await list.filter('人员状态', '暂停执法');
  await list.expectEmpty();
  await list.filter('人员状态', '在岗');
  await list.expectRows(['钱晓东']);

  await list.open('钱晓东');
  const form = await new OfficerDetail(page).edit();
  await form.fill({ status: '暂停执法', note: '借调县局期间暂停执法' });
  const changed = await form.saveOfficer();
  await expect(changed.main).toContainText('暂停执法');
  await changed.expectHistoryLine(/^人员状态：在岗 → 暂停执法/);
  await changed.expectHistoryLine(/^备注：（空） → 借调县局期间暂停执法/);

  await shell.reload();
  await expect(changed.heading()).toHaveText('执法人员 钱晓东');
  await changed.expectHistoryLine(/^人员状态：在岗 → 暂停执法/);
  await shell.goTo('执法人员');
  await list.filter('人员状态', '暂停执法');
  await list.expectRows(['钱晓东']);
});

test('an officer whose certificate expires before it was issued is refused in Chinese and nothing typed is lost', async ({ official: page }) => {
  await new AppShell(page).goTo('执法人员');
  const list = new OfficerList(page);
  const form = await list.startNewOfficer();
  const badId = withWrongCheckCharacter(idNumber('1990-08-08', 71));
  await form.fill({ name: '孙丽华', certificateNumber: 'ZR2024002', issuedOn: '2024-03-01', expiresOn: '2023-03-01', idNumber: badId });
  await form.saveExpectingRefusal(['执法证有效期至2023-03-01不晚于发证日期2024-03-01', '校验位不对']);
  await expect(form.textbox('身份证号码')).toHaveAccessibleDescription(/校验位不对/);
  await expect(form.textbox('姓名')).toHaveValue('孙丽华');
  await expect(form.textbox('执法证号')).toHaveValue('ZR2024002');
  await expect(form.textbox('身份证号码')).toHaveValue(badId);

  await new AppShell(page).goTo('执法人员');
  await list.expectEmpty();
});
