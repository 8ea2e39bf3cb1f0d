// Issue 8 in Chromium with real IndexedDB and a real county server: text the county's database
// cannot store (U+0000, a lone surrogate) is cleaned out of a case form's field as it is entered;
// a case holding it anyway (written into IndexedDB past the form) is shown as 有问题的记录 with its
// reason, and the township's other cases still reach the server (S39, C11, decision 011).
import type { Page } from '@playwright/test';
import { signInAgain } from './page-models/accounts';
import { countyPull, test, type CountyServer } from './county-server';
import { enroll, openDevice, recordCase } from './devices';
import { completeFirstRunSettings, expect } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { MediationList } from './page-models/mediation';
import { SYNC_TIMEOUT, SyncStatus } from './page-models/sync-status';

test.describe.configure({ timeout: 300_000 });

/** Summaries of the cases the county server holds, read as a county device would pull them. */
async function serverSummaries(server: CountyServer): Promise<() => Promise<string[]>> {
  const pull = await countyPull(server);
  return async () => (await pull('mediationCase')).map((doc) => String(doc.summary));
}

/**
 * Sets a textarea's value as a paste does and fires the input event React listens to. The text is
 * built inside the page: a lone surrogate would not survive the trip through the DevTools protocol.
 */
async function pasteInto(page: Page, label: string): Promise<void> {
  await page.getByRole('textbox', { name: label, exact: true }).evaluate((element) => {
    const text = `院墙${String.fromCharCode(0)}排水${String.fromCharCode(0xd800)}沟堵塞`;
    const prototype = element instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(element, text);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/**
 * Writes a copy of the case summarised `templateSummary` straight into the app's IndexedDB, under a
 * new id with an unstorable summary and another applicant, as a bug or an older version could have
 * left it. RxDB finds it by its write time when the app next starts.
 */
async function injectPoisonedCopy(page: Page, templateSummary: string, applicant: string): Promise<void> {
  await page.evaluate(async ({ templateSummary, applicant }) => {
    const request = <T>(req: IDBRequest<T>) => new Promise<T>((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
    });
    const name = (await indexedDB.databases()).map((info) => info.name ?? '').find((n) => /^rxdb-dexie-.*--mediationCase$/.test(n));
    if (!name) throw new Error('no mediationCase store');
    const db = await request(indexedDB.open(name));
    try {
      const rows = await request(db.transaction('docs', 'readonly').objectStore('docs').getAll()) as Record<string, unknown>[];
      const template = rows.find((row) => row.summary === templateSummary);
      if (!template) throw new Error('template case not found');
      const id = String(template.id).slice(0, -6) + 'fa11ed';
      const parties = (template.parties as { name: string }[]).map((party, index) => (index === 0 ? { ...party, name: applicant } : party));
      const copy = {
        ...template, id, parties,
        summary: `粘贴来的${String.fromCharCode(0)}摘要${String.fromCharCode(0xdc00)}`,
        _rev: '1-fa11ed', _meta: { lwt: Date.now() },
      };
      const tx = db.transaction('docs', 'readwrite');
      tx.objectStore('docs').put(copy);
      await new Promise<void>((resolve, reject) => { tx.oncomplete = () => resolve(); tx.onerror = () => reject(tx.error ?? new Error('write failed')); });
    } finally {
      db.close();
    }
  }, { templateSummary, applicant });
}

test('pasted NUL and lone surrogates are cleaned in the form; a case holding them anyway is 有问题的记录 and the other cases still reach the county', async ({ browser, countyServer }, testInfo) => {
  const pc = await openDevice(browser, testInfo);
  try {
    const { page } = pc;
    const onServer = await serverSummaries(countyServer);
    await completeFirstRunSettings(page, '李文静', '忠仁镇');
    await enroll(page, await countyServer.issueCode({ township: 'zhongren' }), '乡镇', countyServer.url);
    const status = new SyncStatus(page);

    // The form: what is pasted loses the characters, the field says so, and the case saves.
    await new AppShell(page).goTo('人民调解');
    const form = await new MediationList(page).startNewCase();
    await form.fillBasics({ disputeType: '邻里纠纷' });
    await pasteInto(page, '纠纷简要情况');
    const summary = form.textbox('纠纷简要情况', form.basics());
    await expect(summary).toHaveValue('院墙排水沟堵塞');
    expect(await summary.evaluate((element: HTMLTextAreaElement) => element.value.length)).toBe(7);
    await expect(form.basics().getByText('已删除粘贴内容中无法保存的不可见字符')).toBeVisible();
    await form.fillParty(1, { name: '王秀英', gender: '女' });
    await form.fillParty(2, { name: '赵德胜', gender: '男' });
    await form.setMediator('孙立平');
    await form.saveCase();
    await status.expectText('已同步');
    await expect.poll(onServer, { timeout: SYNC_TIMEOUT }).toEqual(['院墙排水沟堵塞']);

    // Past the form: a copy holding the characters, written into IndexedDB; the app starts again.
    await injectPoisonedCopy(page, '院墙排水沟堵塞', '钱有问');
    await page.reload();
    await signInAgain(page);
    await status.expectText('已同步 · 有问题的记录 1 条');
    const panel = await status.open();
    await expect(panel.getByTestId('sync-problem-records')).toContainText('无法保存的不可见字符');
    await expect(panel.getByTestId('sync-problem-records')).toContainText('其他记录照常同步');
    await status.close();
    const list = new MediationList(page);
    await new AppShell(page).goTo('人民调解');
    await expect(list.row('钱有问').getByTestId('record-sync-state')).toHaveText('有问题的记录');
    await expect(list.row('钱有问').getByTestId('record-sync-state')).toHaveAttribute('title', /无法保存的不可见字符/);

    // The township goes on: a case made after it still reaches the county; the poisoned one never does.
    await recordCase(page, '周后来', '吴某某', '之后登记的案件');
    await expect.poll(onServer, { timeout: SYNC_TIMEOUT }).toEqual(['院墙排水沟堵塞', '之后登记的案件']);
    await status.expectText('已同步 · 有问题的记录 1 条');
    await new AppShell(page).goTo('人民调解');
    await expect(list.row('周后来').getByTestId('record-sync-state')).toHaveText('已同步', { timeout: SYNC_TIMEOUT });
    expect(pc.problems).toEqual([]);
  } finally {
    await pc.context.close();
  }
});
