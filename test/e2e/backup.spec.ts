// Backup and restore end to end in Chromium (decision 032): a township PC records cases (one with a
// scan) and syncs; refused files change nothing; the profile is cleared and restored from the backup;
// a second backup decrypted here holds the same records and attachment bytes; the restored PC enrolls
// again and the server gets no duplicate and hands out no case number twice.
import { openBackup } from '../../shared/backup/container';
import { test } from './county-server';
import { completeFirstRunSettings, expect } from './fixtures';
import { enroll, openDevice, recordCase } from './devices';
import { signInAgain } from './page-models/accounts';
import { AppShell } from './page-models/app-shell';
import { AttachmentsSection } from './page-models/attachments';
import { BackupSettings } from './page-models/backup-settings';
import { MediationList } from './page-models/mediation';
import { SYNC_TIMEOUT, SyncStatus } from './page-models/sync-status';
import { createHash } from 'node:crypto';

test.describe.configure({ timeout: 360_000 });

const PASSWORD = '绥滨司法所备份2026';
const digest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Each collection's documents and each attachment, by hash, as the backup file holds them. */
async function contentOf(file: Buffer): Promise<Record<string, string>> {
  const { entries } = await openBackup(new Uint8Array(file), PASSWORD, '999.0.0');
  return Object.fromEntries(Object.entries(entries).filter(([path]) => path.startsWith('collections/') || path.startsWith('files/')).map(([path, bytes]) => [path, digest(bytes)]));
}

const caseNumbers = async (list: MediationList) => (await list.rows().allInnerTexts()).map((text) => /〔\d{4}〕忠仁调字第(\d+)号/.exec(text)?.[1]);

test('backup → clear the profile → restore gives every record and attachment back; sync then adds no duplicate', async ({ browser, countyServer }, testInfo) => {
  const device = await openDevice(browser, testInfo);
  const { page } = device;
  await completeFirstRunSettings(page, '李文静', '忠仁镇');
  await enroll(page, await countyServer.issueCode({ township: 'zhongren' }), '乡镇', countyServer.url);
  await recordCase(page, '王秀英', '赵德胜', '院墙排水沟堵塞');
  const scan = { name: '调解协议书（签字）.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n协议书扫描件\n'.repeat(300)) };
  await new AttachmentsSection(page).add(scan);
  await recordCase(page, '刘桂兰', '陈国强', '承包地边界争议');
  const status = new SyncStatus(page);
  await status.expectText('已同步', SYNC_TIMEOUT);

  const backup = new BackupSettings(page);
  await backup.open();
  const file = await backup.backUp(PASSWORD);
  expect(file.subarray(0, 8).toString('latin1')).toBe('TZBACKUP');
  expect(file.includes(Buffer.from('王秀英'))).toBe(false);

  // Refused files: each its message, and the records stay.
  const refusals: [Buffer, string, string][] = [
    [Buffer.from('PK\u0003\u0004 这是一个压缩包'), PASSWORD, '不是台账的备份文件'],
    [file.subarray(0, file.length - 100), PASSWORD, '不完整'],
    [Buffer.concat([file.subarray(0, file.length - 40), Buffer.from(file.subarray(file.length - 40)).map((b) => b ^ 0xff)]), PASSWORD, '已损坏或被改动过'],
    [file, '不是这个密码123', '备份密码不对'],
  ];
  for (const [bytes, password, message] of refusals) {
    await backup.restore(bytes, password);
    await expect(backup.section.getByRole('alert')).toContainText(message);
    await expect(backup.section.getByRole('alert')).toContainText('本机数据没有任何改动');
  }
  const list = new MediationList(page);
  await new AppShell(page).goTo('人民调解');
  await expect(list.rows()).toHaveCount(2);
  const numbersBefore = await caseNumbers(list);

  // A fresh install: every database and the data key gone.
  await page.evaluate(async () => {
    for (const info of await indexedDB.databases()) if (info.name) indexedDB.deleteDatabase(info.name);
    localStorage.clear();
  });
  await page.reload();
  await completeFirstRunSettings(page, '临时', '忠仁镇');
  await backup.open();
  await backup.restore(file, PASSWORD);
  await expect(backup.section.getByRole('status').filter({ hasText: '已恢复' })).toBeVisible();
  await page.waitForEvent('load');
  // The restored PC keeps its accounts: its official signs in with the password they had.
  await signInAgain(page);
  await new AppShell(page).goTo('人民调解');
  await expect(list.rows()).toHaveCount(2);
  expect(await caseNumbers(list)).toEqual(numbersBefore);
  await backup.open();
  await expect(backup.section.getByTestId('backup-last')).not.toContainText('还没有备份');

  const again = await backup.backUp(PASSWORD);
  expect(await contentOf(again)).toEqual(await contentOf(file));
  expect(Object.keys(await contentOf(file)).filter((path) => path.startsWith('files/'))).toEqual([`files/${digest(scan.buffer)}`]);

  // The restored PC is a new device: not enrolled until it enrolls again.
  await status.expectText('未登记');
  await enroll(page, await countyServer.issueCode({ township: 'zhongren' }), '乡镇', countyServer.url);
  await status.expectText('已同步', SYNC_TIMEOUT);
  await recordCase(page, '张淑芬', '周建华', '宅基地通道争议');
  await status.expectText('已同步', SYNC_TIMEOUT);
  await new AppShell(page).goTo('人民调解');
  await expect(list.rows()).toHaveCount(3);
  const numbers = await caseNumbers(list);
  expect(numbers.every((n) => n !== undefined)).toBe(true);
  expect(new Set(numbers).size).toBe(3);
  await device.context.close();
});
