// Acceptance 3: deleting asks first, moves the record to 回收站, and 恢复 brings it back.
import { expect, test } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { MediationDetail, MediationList } from './page-models/mediation';
import { OfficerList, registerOfficer } from './page-models/officers';
import { Trash } from './page-models/trash';

test('a deleted mediation case is asked about, waits in 回收站, and 恢复 brings it back', async ({ official: page }) => {
  const shell = new AppShell(page);
  const list = new MediationList(page);
  await shell.goTo('人民调解');
  const form = await list.startNewCase();
  await form.fillBasics({ disputeType: '邻里纠纷', summary: '宠物狗咬伤邻居家鸡' });
  await form.fillParty(1, { name: '马春花' });
  await form.fillParty(2, { name: '牛大力' });
  await form.setMediator('孙立平');
  const detail = await form.saveCase();
  const caseNumber = await detail.caseNumber();

  // 取消 leaves everything as it was.
  let dialog = await detail.askToDelete();
  await expect(dialog).toContainText(`确定删除 ${caseNumber}`);
  await expect(dialog).toContainText('回收站');
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();
  await expect(detail.heading()).toHaveText(`调解案件 ${caseNumber}`);

  dialog = await detail.askToDelete();
  await dialog.getByRole('button', { name: '删除' }).click();
  await list.expectOpen();
  await list.expectEmpty();

  await shell.goTo('回收站');
  const trash = new Trash(page);
  const deleted = await trash.showKind('人民调解');
  await deleted.expectRows([`${caseNumber} 马春花、牛大力`]);
  await expect(deleted.rows().first()).toContainText('李文静');

  dialog = await trash.askToRestore(deleted, caseNumber);
  await expect(dialog).toContainText(caseNumber);
  await dialog.getByRole('button', { name: '恢复' }).click();
  await expect(dialog).toBeHidden();
  await deleted.expectEmpty();

  await shell.goTo('人民调解');
  await list.expectRows([caseNumber]);
  await list.open(caseNumber);
  const restored = new MediationDetail(page);
  await expect(restored.heading()).toHaveText(`调解案件 ${caseNumber}`);
  await restored.expectHistoryLine(/^恢复 · 李文静/);
  await restored.expectHistoryLine(/^删除 · 李文静/);
});

test('a deleted officer leaves the register for 回收站 and 恢复 puts them back on the list', async ({ official: page }) => {
  const shell = new AppShell(page);
  const detail = await registerOfficer(page, { name: '孙丽华', certificateNumber: 'ZR2024009', issuedOn: '2024-03-01', expiresOn: '2029-02-28' });
  const dialog = await detail.askToDelete();
  await expect(dialog).toContainText('确定删除 孙丽华（ZR2024009）');
  await dialog.getByRole('button', { name: '删除' }).click();
  const officers = new OfficerList(page);
  await officers.expectOpen();
  await officers.expectEmpty();

  await shell.goTo('回收站');
  const trash = new Trash(page);
  const deleted = await trash.showKind('执法人员');
  await deleted.expectRows(['孙丽华（ZR2024009）']);
  const restore = await trash.askToRestore(deleted, '孙丽华');
  await restore.getByRole('button', { name: '恢复' }).click();
  await deleted.expectEmpty();

  await shell.goTo('执法人员');
  await officers.expectRows(['孙丽华']);
});
