// 卷宗 (issue 10 item 2, decision 023): a mediation case made through the UI, mediated to success, with two scans
// attached, prints its 卷宗 as one PDF: the cover with 卷号 and 保管期限, the 卷内目录 naming each item with its
// page, then each 文书 and scan in the checklist's order on the page the 目录 gives (read back with pdftotext).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { AttachmentsSection } from './page-models/attachments';
import { DocumentsMenu } from './page-models/documents';
import { recordMediationCase } from './page-models/mediation';
import { scanPng } from './scan-image';
import { addDays, idNumber, mobile, todayInShanghai } from './test-data';

/** pdftotext -layout spreads a line over columns; compare without the spaces. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

test('a mediated case with two scans prints its 卷宗: cover, 卷内目录 with page numbers, documents in checklist order', async ({ official: page }) => {
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

  // Added agreement scan first: the 卷宗 binds by the checklist, not by the order files were added.
  const attachments = new AttachmentsSection(page);
  await attachments.add({ name: '协议签字页.png', mimeType: 'image/png', buffer: scanPng(120, 160, [200, 30, 30]) }, '调解协议书签字扫描件');
  await attachments.add({ name: '笔录签字页.png', mimeType: 'image/png', buffer: scanPng(120, 160, [30, 30, 200]) }, '调解笔录');

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

  // The 卷内目录: the items in checklist order (调解笔录 before 调解协议书, each scan after its 文书), with pages.
  expect(pages[1]).toContain('卷内目录');
  const rows = [...pages[1]!.matchAll(/(\d+)(人民调解[^\d（]+?|调解[^\d]+?\.png）)(\d+(?:–\d+)?)(?=\d|$)/g)].map((match) => ({ title: match[2]!, first: Number(match[3]!.split('–')[0]) }));
  const titles = rows.map((row) => row.title);
  const order = ['人民调解笔录', '调解笔录（笔录签字页.png）', '人民调解协议书', '调解协议书签字扫描件（协议签字页.png）'];
  expect(titles.filter((title) => order.includes(title))).toEqual(order);
  expect(rows[0]!.first).toBe(3);

  // Each item begins on the page the 目录 gives, numbered so at its foot (the cover is page 1, the 目录 page 2).
  const opening: Record<string, string> = {
    人民调解笔录: '人民调解笔录', '调解笔录（笔录签字页.png）': '调解笔录（笔录签字页.png）',
    人民调解协议书: '人民调解协议书', '调解协议书签字扫描件（协议签字页.png）': '调解协议书签字扫描件（协议签字页.png）',
  };
  for (const row of rows.filter((each) => each.title in opening)) {
    expect(pages[row.first - 1], `${row.title} on page ${row.first}`).toContain(opening[row.title]!);
    expect(pages[row.first - 1]).toContain(`—${row.first}—`);
  }
  expect(pages.find((text) => text.includes('人民调解协议书') && text.includes('申请人')) ?? '').toContain('张桂芳拆除越界围墙一米');

  // Both scans are in the PDF as images.
  const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2);
  expect(images.filter((line) => /\b120\s+160\b/.test(line))).toHaveLength(2);
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
