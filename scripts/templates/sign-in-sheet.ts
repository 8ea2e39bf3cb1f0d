// 学法签到表: the blank sheet to sign at the session (fields from shared/domain/documents/sign-in-sheet.ts): the
// session's title, date, place and organiser, and a table of empty rows for 序号 / 姓名 / 单位 / 签名.
import { AlignmentType, BorderStyle, Paragraph, Table, TableRow, TableCell, TextRun, WidthType, convertMillimetersToTwip } from 'docx';
import { body, officialDocument, sizes, title } from './official-style';

/** Rows to sign on one A4 page below the heading. */
export const signInRows = 18;
const columns = [{ text: '序号', width: 16 }, { text: '姓名', width: 38 }, { text: '单位', width: 58 }, { text: '签名', width: 44 }] as const;
const fangsong = { ascii: 'FangSong', eastAsia: '仿宋', hAnsi: 'FangSong' };
const border = { style: BorderStyle.SINGLE, size: 6, color: '000000' };

const cell = (text: string, width: number, bold = false) => new TableCell({
  width: { size: convertMillimetersToTwip(width), type: WidthType.DXA },
  borders: { top: border, bottom: border, left: border, right: border },
  children: [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120, after: 120 }, children: [new TextRun({ text, font: fangsong, size: sizes.sihao, bold })] })],
});

const table = () => new Table({
  width: { size: convertMillimetersToTwip(156), type: WidthType.DXA },
  columnWidths: columns.map((column) => convertMillimetersToTwip(column.width)),
  rows: [
    new TableRow({ tableHeader: true, children: columns.map((column) => cell(column.text, column.width, true)) }),
    ...Array.from({ length: signInRows }, (_, index) => new TableRow({
      cantSplit: true,
      children: columns.map((column, at) => cell(at === 0 ? String(index + 1) : '', column.width)),
    })),
  ],
});

export const signInSheetTemplate = () => officialDocument('学法签到表', [
  title('学法签到表'),
  body('学习主题：', '{topic}', false),
  body('学习时间：', '{heldOn}', false),
  body('学习地点：', '{place}', false),
  body('组织单位：', '{organiser}', false),
  table(),
]);
