// The look of a Chinese official paper (党政机关公文格式 GB/T 9704-2012, as township forms follow it): A4; margins
// 37 mm top, 35 mm bottom, 28 mm left, 26 mm right; title 宋体 bold 二号 centred; body 仿宋 三号 with a
// two-character first-line indent on 28 pt lines; page numbers "— 1 —" in the footer, 宋体 四号.
import {
  AlignmentType, Document, Footer, LineRuleType, PageNumber, Paragraph, TextRun, convertMillimetersToTwip,
  type IRunOptions, type Table,
} from 'docx';

/** Half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt. */
export const sizes = { erhao: 44, sanhao: 32, sihao: 28 } as const;
const songti = { ascii: 'SimSun', eastAsia: '宋体', hAnsi: 'SimSun' };
/** 仿宋 is on every Windows since 7; an older PC that only has 仿宋_GB2312 gets it as Word's substitute. */
const fangsong = { ascii: 'FangSong', eastAsia: '仿宋', hAnsi: 'FangSong' };
const line = { line: 560, lineRule: LineRuleType.EXACT };

const run = (text: string, options: Omit<IRunOptions, 'text'> = {}) => new TextRun({ text, font: fangsong, size: sizes.sanhao, ...options });

/** The form's name: centred, 宋体 bold 二号, a blank line's space after. */
export const title = (text: string) => new Paragraph({
  alignment: AlignmentType.CENTER, spacing: { before: 0, after: 560 },
  children: [new TextRun({ text, font: songti, size: sizes.erhao, bold: true })],
});

/** A centred line under the title (the organ's name above it, a document number under it). */
export const centred = (text: string, bold = false) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: line, children: [run(text, { bold })] });

/**
 * A body paragraph; `label` (当事人：) in bold before the text. A `{placeholder}` stays in one run so docxtemplater
 * finds it. `keepNext` holds it on the page of the next paragraph: set on the last paragraph before the signature
 * and seal block, and on that block's lines, it keeps the seal from standing alone on a page (GB/T 9704 §7.3.5).
 */
export const body = (label: string, text = '', indent = true, keepNext = false) => new Paragraph({
  spacing: line,
  ...(keepNext ? { keepNext: true } : {}),
  indent: indent ? { firstLine: 640 } : undefined,
  children: [...(label ? [run(label, { bold: true })] : []), ...(text ? [run(text)] : [])],
});

/** A loop tag alone on its paragraph: with paragraphLoop, docxtemplater drops it and repeats what lies between. */
export const tag = (text: string) => new Paragraph({ spacing: line, children: [run(text)] });

/** A right-aligned line of the signature and seal block. */
export const right = (text: string) => new Paragraph({ alignment: AlignmentType.RIGHT, spacing: line, keepNext: true, indent: { right: 640 }, children: [run(text)] });

/** An empty line (space to sign, seal or press a fingerprint). */
export const gap = () => new Paragraph({ spacing: line, keepNext: true, children: [] });

const footer = new Footer({
  children: [new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: songti, size: sizes.sihao })],
  })],
});

export function officialDocument(documentTitle: string, children: (Paragraph | Table)[]): Document {
  return new Document({
    title: documentTitle,
    creator: '台账',
    styles: { default: { document: { run: { font: fangsong, size: sizes.sanhao } } } },
    sections: [{
      properties: {
        page: {
          size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
          margin: {
            top: convertMillimetersToTwip(37), bottom: convertMillimetersToTwip(35),
            left: convertMillimetersToTwip(28), right: convertMillimetersToTwip(26),
            footer: convertMillimetersToTwip(20),
          },
        },
      },
      footers: { default: footer },
      children,
    }],
  });
}
