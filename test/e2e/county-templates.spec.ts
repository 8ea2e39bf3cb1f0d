// Issue 10 item 1 (decision 025): the county replaces the 人民调解协议书 template in 基础数据 → 文书模板; a file that is
// not a .docx, or names a field the form does not fill, is refused before anything is sent; once the township PC has
// synced, its next 协议书 is made from the county's template; after 恢复默认 the shipped one is used again.
import type { Page } from '@playwright/test';
import PizZip from 'pizzip';
import { expect } from './fixtures';
import { test } from './county-server';
import { openTownshipAndCounty } from './devices';
import { AppShell } from './page-models/app-shell';
import { DocumentsMenu } from './page-models/documents';
import { MediationList, recordMediationCase } from './page-models/mediation';
import { ReferencePage } from './page-models/reference';
import { SYNC_TIMEOUT } from './page-models/sync-status';
import { TemplatesSection } from './page-models/templates';
import { addDays, todayInShanghai } from './test-data';

const title = '人民调解协议书';
const marker = '绥滨县司法局监制（2026版）';

const documentXml = (docx: Buffer): string => new PizZip(docx).file('word/document.xml')?.asText() ?? '';
const docxText = (docx: Buffer): string => documentXml(docx).replace(/<w:p[ >]/g, '\n$&').replace(/<[^>]+>/g, '');

/** The template with its document.xml changed, as a county official would in Word. */
function edited(template: Buffer, change: (xml: string) => string): Buffer {
  const zip = new PizZip(template);
  zip.file('word/document.xml', change(documentXml(template)));
  return zip.generate({ type: 'nodebuffer' });
}

async function recordAgreement(page: Page): Promise<void> {
  const today = todayInShanghai();
  await recordMediationCase(page, {
    disputeType: '邻里纠纷', summary: '两户因排水沟堵塞发生争执', parties: [{ name: '刘春花', gender: '女' }, { name: '马国强', gender: '男' }],
    mediator: '孙立平', status: '调解成功', session: { place: '忠仁镇人民调解委员会调解室', record: '双方同意清理排水沟' },
    agreement: {
      form: '书面协议', signedOn: today, facts: '马国强堆放杂物堵塞排水沟', terms: '马国强三日内清理杂物',
      performanceMethod: '自行清理', performancePlace: '排水沟', performanceDeadline: addDays(today, 3),
    },
    closedOn: today,
  });
}

test('[DOC_TEMPLATE_NOT_DOCX] [DOC_TEMPLATE_FIELD_UNKNOWN] a 协议书 template the county replaces reaches the township by sync and its next 协议书 uses it', async ({ browser, countyServer }, testInfo) => {
  test.setTimeout(360_000); // two PCs, a case typed through the form, two syncs: on a loaded 2-core machine
  const { township, county } = await openTownshipAndCounty(browser, testInfo, countyServer);
  try {
    await new ReferencePage(county.page).open();
    const countyTemplates = new TemplatesSection(county.page);
    await expect(countyTemplates.row(title)).toContainText('随软件提供');
    const shipped = await countyTemplates.download(title);
    expect(documentXml(shipped)).toContain('{terms}');

    // Refused before anything is saved or sent: not a Word file; a placeholder the 协议书 does not fill.
    await expect(await countyTemplates.upload(title, '协议书.docx', Buffer.from('这不是 Word 文档'))).toContainText('不是 Word 文档（.docx）');
    const unknown = await countyTemplates.upload(title, '协议书.docx', edited(shipped, (xml) => xml.replace('{facts}', '{facts}{村民小组}')));
    await expect(unknown).toContainText('「村民小组」');
    await expect(countyTemplates.row(title)).toContainText('随软件提供');

    const variant = edited(shipped, (xml) => xml.replace('>人民调解协议书<', `>人民调解协议书（${marker}）<`));
    await expect(await countyTemplates.upload(title, '绥滨县协议书.docx', variant)).toContainText(`已替换${title}模板`);
    await expect(countyTemplates.row(title)).toContainText('县司法局模板（赵县局');
    expect(docxText(await countyTemplates.download(title))).toContain(marker);

    // The township cannot replace a template; once synced, its list shows the county's and its next 协议书 uses it.
    await recordAgreement(township.page);
    const townshipReference = new ReferencePage(township.page);
    const townshipTemplates = new TemplatesSection(township.page);
    await expect(async () => {
      await new AppShell(township.page).goTo('工作台');
      await townshipReference.open();
      await expect(townshipTemplates.row(title)).toContainText('县司法局模板（赵县局', { timeout: 2_000 });
    }).toPass({ timeout: SYNC_TIMEOUT });
    await expect(townshipTemplates.region().getByLabel(`上传替换${title}模板`)).toHaveCount(0);

    await new AppShell(township.page).goTo('人民调解');
    await new MediationList(township.page).row('刘春花').click();
    const agreement = docxText((await new DocumentsMenu(township.page).download(title)).bytes);
    expect(agreement).toContain(`人民调解协议书（${marker}）`);
    for (const words of ['申请人：刘春花', '马国强三日内清理杂物', '忠仁镇人民调解委员会（盖章）']) expect(agreement).toContain(words);

    // 恢复默认 at the county: after sync the township's next 协议书 is the shipped one again.
    await countyTemplates.restore(title);
    await expect(countyTemplates.row(title)).toContainText('随软件提供');
    await expect(async () => {
      await new AppShell(township.page).goTo('工作台');
      await townshipReference.open();
      await expect(townshipTemplates.row(title)).toContainText('随软件提供', { timeout: 2_000 });
    }).toPass({ timeout: SYNC_TIMEOUT });
    await new AppShell(township.page).goTo('人民调解');
    await new MediationList(township.page).row('刘春花').click();
    const shippedAgain = docxText((await new DocumentsMenu(township.page).download(title)).bytes);
    expect(shippedAgain).not.toContain(marker);
    expect(shippedAgain).toContain('马国强三日内清理杂物');
    expect(township.problems).toEqual([]);
    expect(county.problems).toEqual([]);
  } finally {
    await township.context.close();
    await county.context.close();
  }
});
