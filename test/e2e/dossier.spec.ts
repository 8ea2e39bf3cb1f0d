// 卷宗 (issue 10 item 2, decisions 023 and 027): a mediation case made through the UI, mediated to success, with
// an image scan, a 2-page scanned PDF and a corrupt PDF attached, prints its 卷宗 as one PDF: the cover with 卷号 and
// 保管期限, the 卷内目录 naming each item with its pages, then each 文书 and scan in the checklist's order on the page
// the 目录 gives (read back with pdftotext, pdfimages and pdftoppm); each page of the scanned PDF is a page of its
// own, the corrupt one a page saying why. 取消 while a long PDF is being bound stops the work and frees its images.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AttachmentsSection } from './page-models/attachments';
import { DocumentsMenu } from './page-models/documents';
import { recordMediationCase } from './page-models/mediation';
import { scanPng } from './scan-image';
import { pixelsOfColour, scanPdf, type Rgb } from './scan-pdf';
import { addDays, idNumber, mobile, todayInShanghai } from './test-data';

/** pdftotext -layout spreads a line over columns; compare without the spaces. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

/** A case made in the UI and mediated to success, with its 卷宗归档 filled in: its 卷宗 can be made. */
async function mediatedCase(page: Page): Promise<void> {
  const today = todayInShanghai();
  await recordMediationCase(page, {
    disputeType: '房屋宅基地纠纷', summary: '两户因宅基地界址发生争执',
    parties: [{ name: '张桂芳', idNumber: idNumber('1970-05-08', 12), phone: mobile(61001) }, { name: '欧阳明轩' }],
    mediator: '孙立平', status: '调解成功', session: { place: '忠仁镇人民调解委员会调解室', record: '查看现场，双方同意以旧界桩为准' },
    agreement: {
      form: '书面协议', signedOn: today, facts: '张桂芳围墙越界一米，双方各有责任', terms: '张桂芳拆除越界围墙一米',
      performanceMethod: '自行拆除', performancePlace: '张桂芳家东侧围墙处', performanceDeadline: addDays(today, 30),
    },
    closedOn: today,
    archive: { volumeNumber: '2026-忠仁-调-017', keepingPeriod: '长期', archivedOn: today, documents: ['调解笔录', '调解协议书'] },
  });
}

const green: Rgb = [0, 160, 0];
const orange: Rgb = [240, 130, 0];

test('a mediated case with an image scan, a 2-page PDF and a corrupt PDF prints its 卷宗: cover, 卷内目录 with page numbers, every PDF page bound in checklist order', async ({ official: page, browser }) => {
  await mediatedCase(page);
  // Added agreement scan first: the 卷宗 binds by the checklist, not by the order files were added.
  const attachments = new AttachmentsSection(page);
  const agreementScan = await scanPdf(browser, [{ text: '扫描页一 协议签字', colour: green }, { text: '扫描页二 捺印', colour: orange }]);
  await attachments.add({ name: '协议签字页.pdf', mimeType: 'application/pdf', buffer: agreementScan }, '调解协议书签字扫描件');
  await attachments.add({ name: '笔录签字页.png', mimeType: 'image/png', buffer: scanPng(120, 160, [30, 30, 200]) }, '调解笔录');
  await attachments.add({ name: '身份证明.pdf', mimeType: 'application/pdf', buffer: Buffer.from('这不是 PDF：扫描仪中断后留下的半个文件') }, '其他');

  await new DocumentsMenu(page).openDossier();
  const file = test.info().outputPath('dossier.pdf');
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const pages = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').map(squeeze);

  // The cover: 卷号 and 保管期限, the case.
  expect(pages[0]).toContain('人民调解卷宗');
  expect(pages[0]).toContain('卷号：2026-忠仁-调-017');
  expect(pages[0]).toContain('保管期限：长期');
  expect(pages[0]).toContain('当事人：张桂芳、欧阳明轩');
  expect(pages[0]).not.toContain(idNumber('1970-05-08', 12));

  // The 卷内目录: the items in checklist order (调解笔录 before 调解协议书, each scan after its 文书, unfiled last),
  // with their pages: the 2-page PDF takes a range of two.
  expect(pages[1]).toContain('卷内目录');
  const rows = [...pages[1]!.matchAll(/(\d+)(人民调解[^\d（]+?|(?:其他材料：)?[^\d（]+（[^）]+\.(?:png|pdf)）)(\d+(?:–\d+)?)(?=\d|$)/g)]
    .map((match) => ({ title: match[2]!, pages: match[3]!.split('–').map(Number) }));
  const order = ['人民调解笔录', '调解笔录（笔录签字页.png）', '人民调解协议书', '调解协议书签字扫描件（协议签字页.pdf）', '其他材料：其他（身份证明.pdf）'];
  expect(rows.map((row) => row.title).filter((title) => order.includes(title))).toEqual(order);
  expect(rows[0]!.pages[0]).toBe(3);
  const row = (title: string) => rows.find((each) => each.title === title)!;
  const [agreementFirst, agreementLast] = row('调解协议书签字扫描件（协议签字页.pdf）').pages;
  expect(agreementLast).toBe(agreementFirst! + 1);
  expect(row('其他材料：其他（身份证明.pdf）').pages).toHaveLength(1);
  expect(pages.length - 1, 'the last item ends on the last page').toBe(rows.at(-1)!.pages.at(-1));

  // Each item begins on the page the 目录 gives, numbered so at its foot (the cover is page 1, the 目录 page 2).
  for (const title of order) {
    const first = row(title).pages[0]!;
    expect(pages[first - 1], `${title} on page ${first}`).toContain(title.replace(/^其他材料：/, ''));
    expect(pages[first - 1]).toContain(`—${first}—`);
  }
  expect(pages.find((text) => text.includes('人民调解协议书') && text.includes('申请人')) ?? '').toContain('张桂芳拆除越界围墙一米');

  // The scanned PDF's two pages, each on its own page, in order: green first, orange second — bound as images.
  expect(pages[agreementFirst! - 1]).toContain('协议签字页.pdf）第1页（共2页）');
  expect(pages[agreementLast! - 1]).toContain('协议签字页.pdf）第2页（共2页）');
  expect(pages[agreementLast! - 1]).toContain(`—${agreementLast}—`);
  expect(pixelsOfColour(file, agreementFirst!, green)).toBeGreaterThan(1000);
  expect(pixelsOfColour(file, agreementFirst!, orange)).toBe(0);
  expect(pixelsOfColour(file, agreementLast!, orange)).toBeGreaterThan(1000);
  expect(pixelsOfColour(file, agreementLast!, green)).toBe(0);
  const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2)
    .map((line) => line.trim().split(/\s+/)).map(([imagePage, , , width, height]) => ({ page: Number(imagePage), size: `${width}×${height}` }));
  // A4 at 150 dpi is 1240 × 1754 pixels.
  expect(images).toEqual([
    { page: row('调解笔录（笔录签字页.png）').pages[0], size: '120×160' },
    { page: agreementFirst, size: '1240×1754' },
    { page: agreementLast, size: '1240×1754' },
  ]);

  // The corrupt PDF: a page naming it and why, no image, nothing else lost.
  const corruptPage = row('其他材料：其他（身份证明.pdf）').pages[0]!;
  expect(pages[corruptPage - 1]).toContain('「身份证明.pdf」未能排入卷宗：文件已损坏或不是有效的PDF，无法读取。');
  expect(images.filter((image) => image.page === corruptPage)).toEqual([]);
});

test('取消 while a long scanned PDF is being bound stops the work, frees its page images and writes nothing', async ({ official: page, browser }) => {
  // Every object URL the page makes and revokes from now on, by the type of its blob (the bound PDF pages are JPEG).
  await page.evaluate(() => {
    const live = new Map<string, string>();
    const seen = { jpeg: 0 };
    const createObjectURL = URL.createObjectURL.bind(URL);
    const revokeObjectURL = URL.revokeObjectURL.bind(URL);
    URL.createObjectURL = (object: Blob | MediaSource) => {
      const url = createObjectURL(object);
      if (object instanceof Blob) live.set(url, object.type);
      if (object instanceof Blob && object.type === 'image/jpeg') seen.jpeg += 1;
      return url;
    };
    URL.revokeObjectURL = (url: string) => { live.delete(url); revokeObjectURL(url); };
    (window as unknown as { objectUrls: unknown }).objectUrls = { live, seen };
  });
  const objectUrls = () => page.evaluate(() => {
    const { live, seen } = (window as unknown as { objectUrls: { live: Map<string, string>; seen: { jpeg: number } } }).objectUrls;
    return { made: seen.jpeg, live: [...live.values()].filter((type) => type === 'image/jpeg').length };
  });
  await mediatedCase(page);
  const long = await scanPdf(browser, Array.from({ length: 150 }, (_, index) => ({ text: `扫描页${index + 1}`, colour: index % 2 ? orange : green })));
  await new AttachmentsSection(page).add({ name: '证据材料汇编.pdf', mimeType: 'application/pdf', buffer: long }, '现场照片');

  await page.getByRole('main').getByRole('button', { name: '文书', exact: true }).click();
  await page.getByRole('menu').getByRole('menuitem', { name: /^打印卷宗/ }).click();
  const progress = page.getByRole('status', { name: '卷宗制作进度' });
  // Pages 2–99, watched frame by frame (an expect's polling can step over a short window on a quiet machine).
  await progress.getByText(/正在排入「证据材料汇编\.pdf」第 ([2-9]|[1-9]\d)\/150 页/).waitFor({ timeout: 30_000 });
  await progress.getByRole('button', { name: '取消' }).click();

  await expect(page.getByRole('main').getByRole('button', { name: '文书', exact: true })).toBeVisible();
  const after = await objectUrls();
  expect(after.made, 'pages were being bound when 取消 was pressed').toBeGreaterThan(0);
  expect(after.made, 'the work stopped long before the 150th page').toBeLessThan(150);
  expect(after.live, 'every page image freed').toBe(0);
  await page.waitForTimeout(1500);
  expect(await objectUrls(), 'no page bound after 取消').toEqual(after);
  await expect(new AttachmentsSection(page).row('证据材料汇编.pdf')).toBeVisible();
  await expect(page.getByRole('main').getByRole('button', { name: '打印 / 另存为 PDF' })).toHaveCount(0);
});

test('[DOSSIER_COVER_MISSING] a case without 卷号 and 保管期限 gets no 卷宗, only the list of what its cover lacks', async ({ official: page }) => {
  await recordMediationCase(page, {
    disputeType: '邻里纠纷', summary: '排水沟堵塞引发争执', parties: [{ name: '刘春花' }, { name: '马国强' }], mediator: '孙立平', status: '调解中',
  });

  await page.getByRole('main').getByRole('button', { name: '文书', exact: true }).click();
  await page.getByRole('menu').getByRole('menuitem', { name: /^打印卷宗/ }).click();
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: '暂不能制作卷宗', level: 1 })).toBeVisible();
  await expect(main.getByRole('list', { name: '尚缺的内容' }).getByRole('listitem')).toHaveText(['卷号（在「卷宗归档」一栏填写）', '保管期限（在「卷宗归档」一栏选择）']);
  await expect(main.getByRole('button', { name: '打印 / 另存为 PDF' })).toHaveCount(0);
  await main.getByRole('button', { name: '返回案件' }).click();
  await expect(page.getByRole('main').getByRole('button', { name: '文书', exact: true })).toBeVisible();
});
