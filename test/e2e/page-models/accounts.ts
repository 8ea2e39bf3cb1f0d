// Staff accounts (decision 031): the gate in front of the app (the first 管理员 on a new PC, 登录, the idle
// lock), the signed-in person's 锁定/退出登录 in the app bar, and 账户管理.
import { expect, type Locator, type Page } from '@playwright/test';
import { APP_START_TIMEOUT, choose } from './controls';

/** The password every account of the end-to-end tests gets (letters and digits, as the rule asks). */
export const TEST_PASSWORD = 'taizhang2026';

export type RoleLabel = '管理员' | '调解员' | '执法人员' | '只读';

export class AccountGate {
  readonly firstAdmin: Locator;
  readonly signInForm: Locator;
  readonly unlockForm: Locator;

  constructor(readonly page: Page) {
    this.firstAdmin = page.getByRole('form', { name: '管理员账户' });
    this.signInForm = page.getByRole('form', { name: '登录' });
    this.unlockForm = page.getByRole('form', { name: '解锁' });
  }

  /** A new PC's first screen (it waits for the local database to open, the slowest step of a start). */
  async expectFirstAdmin(): Promise<void> {
    await expect(this.page.getByRole('heading', { name: '创建管理员账户', level: 1 })).toBeVisible({ timeout: APP_START_TIMEOUT });
  }

  /** Makes the PC's first 管理员 (who is then signed in): township, name, 用户名, the password twice. */
  async createFirstAdmin({ name, township, login = 'guanli', password = TEST_PASSWORD }: { name: string; township: string; login?: string; password?: string }): Promise<void> {
    await this.expectFirstAdmin();
    await choose(this.firstAdmin, '所属乡镇', township);
    await this.firstAdmin.getByRole('textbox', { name: '姓名' }).fill(name);
    await this.firstAdmin.getByRole('textbox', { name: '用户名' }).fill(login);
    await this.firstAdmin.getByLabel('密码', { exact: true }).fill(password);
    await this.firstAdmin.getByLabel('确认密码', { exact: true }).fill(password);
    await this.firstAdmin.getByRole('button', { name: '创建并登录' }).click();
  }

  /** 登录 as `account` ('王敏（调解员）'; none: the account the form offers, as on a PC with one). */
  async signIn(account?: string, password = TEST_PASSWORD): Promise<void> {
    await expect(this.signInForm).toBeVisible({ timeout: APP_START_TIMEOUT });
    if (account) await choose(this.signInForm, '账户', account);
    await this.signInForm.getByLabel('密码', { exact: true }).fill(password);
    await this.signInForm.getByRole('button', { name: '登录' }).click();
  }

  /** After signing in with a password the 管理员 chose: the official's own one, before any record shows. */
  async setOwnPassword(given: string, own: string): Promise<void> {
    const form = this.page.getByRole('form', { name: '设置自己的密码' });
    await expect(form).toBeVisible();
    await form.getByLabel('管理员给您的密码', { exact: true }).fill(given);
    await form.getByLabel('新密码', { exact: true }).fill(own);
    await form.getByLabel('确认密码', { exact: true }).fill(own);
    await form.getByRole('button', { name: '保存并进入' }).click();
    await expect(this.page.getByRole('navigation', { name: '主导航' })).toBeVisible();
  }

  readonly alert = (form: Locator = this.signInForm) => form.getByRole('alert');
}

/** 修改密码 in the app bar: the dialog with the current password and the new one twice. */
export async function changeOwnPassword(page: Page, current: string, next: string): Promise<Locator> {
  await page.getByRole('banner').getByRole('button', { name: '修改密码' }).click();
  const dialog = page.getByRole('dialog', { name: '修改密码' });
  await dialog.getByLabel('当前密码', { exact: true }).fill(current);
  await dialog.getByLabel('新密码', { exact: true }).fill(next);
  await dialog.getByLabel('确认密码', { exact: true }).fill(next);
  await dialog.getByRole('button', { name: '保存新密码' }).click();
  return dialog;
}

/**
 * After a reload or in a new tab the window asks who is working (a session is one window's): signs in
 * again as the PC's only account, as its official would, and waits for the app's menu.
 */
export async function signInAgain(page: Page, account?: string): Promise<void> {
  const gate = new AccountGate(page);
  const menu = page.getByRole('navigation', { name: '主导航' });
  await expect(gate.signInForm.or(menu)).toBeVisible({ timeout: APP_START_TIMEOUT });
  if (await gate.signInForm.isVisible()) await gate.signIn(account);
  await expect(menu).toBeVisible({ timeout: APP_START_TIMEOUT });
}

/** 退出登录 in the app bar: back to the sign-in screen, nothing of the records left on it. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: '退出登录' }).click();
  await expect(new AccountGate(page).signInForm).toBeVisible();
}

export class AccountsAdmin {
  readonly addForm: Locator;
  readonly list: Locator;

  constructor(readonly page: Page) {
    this.addForm = page.getByRole('form', { name: '添加账户' });
    this.list = page.getByRole('table', { name: '账户列表' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '账户管理' }).click();
    await expect(this.page.getByRole('heading', { name: '账户管理', level: 1 })).toBeVisible();
  }

  async add({ name, login, role, password = TEST_PASSWORD }: { name: string; login: string; role: RoleLabel; password?: string }): Promise<void> {
    await this.addForm.getByRole('textbox', { name: '姓名' }).fill(name);
    await this.addForm.getByRole('textbox', { name: '用户名' }).fill(login);
    await choose(this.addForm, '角色', role);
    await this.addForm.getByLabel('初始密码', { exact: true }).fill(password);
    await this.addForm.getByLabel('确认密码', { exact: true }).fill(password);
    await this.addForm.getByRole('button', { name: '添加账户' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: `已添加账户“${name}”` })).toBeVisible();
  }

  readonly row = (name: string) => this.list.getByRole('row').filter({ hasText: name });
}
