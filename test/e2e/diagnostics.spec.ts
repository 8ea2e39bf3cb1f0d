// 设置 → 导出诊断信息 (docs/decisions/034): an enrolled township PC with a case, and errors nobody caught
// whose messages carry an ID number, a phone and a party's name. The downloaded zip is read back: it
// holds the versions, settings, sync state and the logged errors, and no secret or personal data.
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { test } from './county-server';
import { enroll, openDevice, recordCase } from './devices';
import { completeFirstRunSettings, expect } from './fixtures';
import { SettingsPage } from './page-models/settings-page';

const ID_NUMBER = '110101199003071234';
const PHONE = '13812345678';
/** What the test throws on purpose; every other page error still fails it. */
const DELIBERATE = /测试用的错误/;

test('导出诊断信息 saves a zip with versions, settings, sync state and redacted log lines, and no secret', async ({ browser, countyServer }, testInfo) => {
  const device = await openDevice(browser, testInfo);
  const { page } = device;
  try {
    await completeFirstRunSettings(page, '李文静', '忠仁镇');
    await enroll(page, await countyServer.issueCode({ township: 'zhongren' }), '乡镇', countyServer.url);
    await recordCase(page, '王小明', '张大山', '两家因院墙漏水发生纠纷');

    // Errors nobody catches, as a bug would leave them: logged by the page's listeners, redacted.
    await page.evaluate(([id, phone]) => {
      void Promise.reject(new Error(`测试用的错误：身份证 ${id} 电话 ${phone}`));
      setTimeout(() => {
        throw new Error('测试用的错误：申请人：王小明 无法显示');
      }, 0);
    }, [ID_NUMBER, PHONE]);
    await expect.poll(() => page.evaluate(() => localStorage.getItem('taizhang.log') ?? '')).toMatch(/未处理的错误[\s\S]*未处理的异步错误|未处理的异步错误[\s\S]*未处理的错误/);

    const settings = new SettingsPage(page);
    await settings.open();
    const download = await settings.exportDiagnostics();
    expect(download.suggestedFilename()).toMatch(/^台账诊断信息-\d{8}-\d{4}\.zip$/);
    const entries = Object.fromEntries(Object.entries(unzipSync(await readFile(await download.path()))).map(([name, bytes]) => [name, strFromU8(bytes)]));

    expect(Object.keys(entries).sort()).toEqual(['README.txt', 'log.txt', 'settings.json', 'sync.json', 'versions.json']);
    expect(JSON.parse(entries['versions.json'] ?? '')).toMatchObject({ app: '台账', platform: 'web', keyProtection: 'browser' });
    expect(JSON.parse(entries['settings.json'] ?? '')).toMatchObject({ known: true, townshipId: 'zhongren', role: 'township', operatorName: '已填写' });
    expect(JSON.parse(entries['sync.json'] ?? '')).toMatchObject({ known: true, enrollment: { serverUrl: countyServer.url, role: 'township', townshipId: 'zhongren' } });
    const log = entries['log.txt'] ?? '';
    expect(log).toMatch(/页面出现未处理的异步错误：Error: 测试用的错误：身份证 \[已隐去\] 电话 \[已隐去\]/);
    expect(log).toMatch(/页面出现未处理的错误（.*）：Error: 测试用的错误：申请人：\[已隐去\] 无法显示/);

    // Nothing secret and nothing personal, in any entry.
    const stored = await page.evaluate(() => ({ key: localStorage.getItem('taizhang.dataKey') ?? '', secrets: localStorage.getItem('taizhang.syncSecrets') ?? '{}' }));
    const secrets = JSON.parse(stored.secrets) as { token?: string; idHashKey?: string };
    expect(stored.key.length).toBeGreaterThan(20);
    expect(secrets.token?.length).toBeGreaterThan(10);
    const everything = Object.values(entries).join('\n');
    for (const forbidden of [stored.key, secrets.token, secrets.idHashKey, ID_NUMBER, PHONE, '王小明', '张大山', '李文静']) {
      if (forbidden) expect(everything).not.toContain(forbidden);
    }
    expect(device.problems.filter((problem) => !DELIBERATE.test(problem))).toEqual([]);
    expect(device.problems.filter((problem) => DELIBERATE.test(problem))).toHaveLength(2);
  } finally {
    await device.context.close();
  }
});
