// Several PCs in one sync test: each a fresh browser context (its own profile, IndexedDB and token),
// watched for console problems, enrolled through 设置 against the county server of sync-server.ts.
import type { Browser, BrowserContext, Page, TestInfo } from '@playwright/test';
import type { CountyServer } from './county-server';
import { completeFirstRunSettings, expect, reportCspViolations, watchForProblems } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { MediationDetail, MediationList } from './page-models/mediation';
import { SettingsPage } from './page-models/settings-page';
import { SyncSettings } from './page-models/sync-settings';
import { SYNC_TIMEOUT, SyncStatus } from './page-models/sync-status';
import { SYNC_SERVER_URL } from './sync-server';

/** Chromium logs a request that going offline (or the server's absence) cut short; nothing else is forgiven. */
export const CUT_REQUEST = /^Failed to load resource: net::ERR_(INTERNET_DISCONNECTED|CONNECTION_REFUSED|CONNECTION_RESET|NETWORK_CHANGED|NETWORK_IO_SUSPENDED)/;

export interface Device {
  context: BrowserContext;
  page: Page;
  problems: string[];
}

/** Opens one more page of a device's profile (another tab of the same browser), watched like the first. */
export async function openTab(context: BrowserContext): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  await reportCspViolations(page);
  return { page, problems: watchForProblems(page, CUT_REQUEST) };
}

export async function openDevice(browser: Browser, testInfo: TestInfo): Promise<Device> {
  const { baseURL, locale, timezoneId } = testInfo.project.use;
  const context = await browser.newContext({ baseURL, locale, timezoneId });
  return { context, ...(await openTab(context)) };
}

/** 设置 → 同步: enrolls with the server's address and a code as printed (dashes and case do not matter), until 已同步. */
export async function enroll(page: Page, code: string, role: '乡镇' | '县司法局', serverUrl = SYNC_SERVER_URL, deviceName?: string): Promise<void> {
  await new SettingsPage(page).open();
  const sync = new SyncSettings(page);
  await sync.enroll({ serverUrl, code: code.toLowerCase().replaceAll('-', ''), deviceName });
  await sync.expectEnrolled(role);
  await new SyncStatus(page).expectText('已同步');
}

/**
 * The pair the 基础数据 specs start from: 忠仁镇's PC (李文静) and the county's (赵县局), each enrolled with
 * the test's county server. The caller closes both contexts.
 */
export async function openTownshipAndCounty(browser: Browser, testInfo: TestInfo, countyServer: CountyServer): Promise<{ township: Device; county: Device }> {
  const township = await openDevice(browser, testInfo);
  const county = await openDevice(browser, testInfo);
  try {
    await completeFirstRunSettings(township.page, '李文静', '忠仁镇');
    await enroll(township.page, await countyServer.issueCode({ township: 'zhongren' }), '乡镇', countyServer.url);
    await completeFirstRunSettings(county.page, '赵县局', '绥滨镇');
    await enroll(county.page, await countyServer.issueCode('county'), '县司法局', countyServer.url);
    return { township, county };
  } catch (error) {
    await township.context.close();
    await county.context.close();
    throw error;
  }
}

/** A mediation case made through the form (offline it gets a 临 number, replaced once online). */
export async function recordCase(page: Page, applicant: string, respondent: string, summary: string): Promise<void> {
  await new AppShell(page).goTo('人民调解');
  const form = await new MediationList(page).startNewCase();
  await form.fillBasics({ disputeType: '邻里纠纷', summary });
  await form.fillParty(1, { name: applicant, gender: '女' });
  await form.fillParty(2, { name: respondent, gender: '男' });
  await form.setMediator('孙立平');
  await form.save();
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText(/^调解案件 〔\d{4}〕.+调字第.+号$/);
}

/**
 * Opens the case of `applicant` from the 人民调解 list. Screens read the records when opened, so until
 * `until` holds (e.g. a pulled edit is shown) this goes back to the list and opens it again, as an
 * official would.
 */
export async function openCase(page: Page, applicant: string, until?: (detail: MediationDetail) => Promise<void>): Promise<MediationDetail> {
  const shell = new AppShell(page);
  const list = new MediationList(page);
  const detail = new MediationDetail(page);
  await expect(async () => {
    await shell.goTo('工作台');
    await shell.goTo('人民调解');
    await list.row(applicant).click({ timeout: 5_000 });
    await expect(detail.heading()).toHaveText(/^调解案件 /, { timeout: 5_000 });
    await until?.(detail);
  }).toPass({ timeout: SYNC_TIMEOUT });
  return detail;
}
