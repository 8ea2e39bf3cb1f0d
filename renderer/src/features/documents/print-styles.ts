// How the print view prints (and saves as PDF): A4 with the official margins (GB/T 9704-2012: 37 mm top, 35 mm
// bottom, 28 mm left, 26 mm right), the page number "— 1 —" 7 mm under the text block, and nothing of the app
// around the document. docx-preview lays the .docx out as one tall page with those margins as padding; in print
// the padding moves to @page so every printed page gets them.
export const printStyles = {
  // docx-preview does not compute the footer's PAGE field ("— —" on screen); the .docx keeps it for Word, and
  // print puts the number in @page below.
  '.docx-wrapper > section.docx > footer': { display: 'none' },
  '@media print': {
    '@page': {
      size: 'A4',
      margin: '37mm 26mm 35mm 28mm',
      '@bottom-center': {
        content: '"— " counter(page) " —"',
        fontFamily: 'SimSun, "宋体", serif',
        fontSize: '14pt',
        verticalAlign: 'top',
        paddingTop: '7mm',
      },
    },
    body: { background: 'white' },
    '.docx-wrapper': { background: 'none !important', padding: '0 !important', display: 'block !important' },
    '.docx-wrapper > section.docx': {
      padding: '0 !important', width: 'auto !important', minHeight: '0 !important', margin: '0 !important', boxShadow: 'none !important',
    },
  },
} as const;
