// Scanned PDFs for tests, made here so no binary fixture is committed: Chromium prints one A4 page per entry, with
// a flat colour block (to tell the pages apart once bound as images) and the entry's words as real PDF text.
// And the colours of a printed PDF's page, read back by rendering it with poppler's pdftoppm.
import { execFileSync } from 'node:child_process';
import type { Browser } from '@playwright/test';

export type Rgb = [number, number, number];

/** An A4 PDF with one page per entry: `colour` fills the upper half, `text` is printed under it. */
export async function scanPdf(browser: Browser, pages: readonly { text: string; colour: Rgb }[]): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    const sheets = pages.map(({ text, colour }, index) => `
      <section style="height:270mm;${index < pages.length - 1 ? 'break-after:page;' : ''}">
        <div style="height:140mm;background:rgb(${colour.join(',')})"></div>
        <p style="font-size:36pt;margin:10mm">${text}</p>
      </section>`).join('');
    await page.setContent(`<!doctype html><html lang="zh-CN"><body style="margin:0">${sheets}</body></html>`);
    return await page.pdf({ format: 'A4', printBackground: true, margin: { top: '10mm', bottom: '10mm', left: '10mm', right: '10mm' } });
  } finally {
    await page.close();
  }
}

/** How many pixels of page `number` (from 1) of the PDF at `file` are close to `colour`, rendered at 30 dpi. */
export function pixelsOfColour(file: string, number: number, colour: Rgb, tolerance = 40): number {
  const ppm = execFileSync('pdftoppm', ['-r', '30', '-f', String(number), '-l', String(number), '-singlefile', file]);
  // P6 header: "P6", width, height, maxval, each followed by one whitespace byte; then RGB bytes.
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 32).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not write a PPM');
  const pixels = ppm.subarray(header[0].length);
  let count = 0;
  for (let offset = 0; offset + 2 < pixels.length; offset += 3) {
    if (colour.every((value, channel) => Math.abs(pixels[offset + channel]! - value) <= tolerance)) count += 1;
  }
  return count;
}
