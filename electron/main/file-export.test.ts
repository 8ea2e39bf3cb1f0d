import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printToPdf, saveFile, type FileExportDeps, type FileFilter } from './file-export';

async function deps(answer: 'choose' | 'cancel') {
  const dir = await fs.mkdtemp(join(tmpdir(), 'taizhang-export-'));
  const asked: { name: string; filters: FileFilter[] }[] = [];
  const d: FileExportDeps = {
    chooseSavePath: (name, filters) => {
      asked.push({ name, filters });
      return Promise.resolve(answer === 'choose' ? join(dir, name) : null);
    },
    writeFile: (path, data) => fs.writeFile(path, data),
  };
  return { d, dir, asked };
}

describe('save file', () => {
  it('writes the contents where the official chose', async () => {
    const { d, dir, asked } = await deps('choose');
    const filters = [{ name: 'Excel 工作簿', extensions: ['xlsx'] }];
    const result = await saveFile({ suggestedName: '台账.xlsx', contents: new Uint8Array([80, 75]), filters }, d);
    expect(result).toEqual({ ok: true, value: { savedTo: join(dir, '台账.xlsx') } });
    expect([...(await fs.readFile(join(dir, '台账.xlsx')))]).toEqual([80, 75]);
    expect(asked).toEqual([{ name: '台账.xlsx', filters }]);
  });

  it('writes nothing and says so when the official cancels', async () => {
    const { d, dir } = await deps('cancel');
    expect(await saveFile({ suggestedName: 'a.txt', contents: '文' }, d)).toEqual({ ok: true, value: { savedTo: null } });
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it('reports a failed write with a code the UI can show', async () => {
    const { d } = await deps('choose');
    const failing = { ...d, chooseSavePath: () => Promise.resolve('/nonexistent-folder/x/a.txt') };
    expect(await saveFile({ suggestedName: 'a.txt', contents: 'x' }, failing)).toMatchObject({ ok: false, error: { code: 'FILE_WRITE_FAILED' } });
  });
});

describe('print to PDF', () => {
  it('saves the rendered PDF under a PDF filter', async () => {
    const { d, dir, asked } = await deps('choose');
    const pdf = new TextEncoder().encode('%PDF-1.7');
    const result = await printToPdf({ suggestedName: '调解协议书.pdf' }, { ...d, renderPdf: () => Promise.resolve(pdf) });
    expect(result).toEqual({ ok: true, value: { savedTo: join(dir, '调解协议书.pdf') } });
    expect(await fs.readFile(join(dir, '调解协议书.pdf'), 'utf8')).toBe('%PDF-1.7');
    expect(asked[0]?.filters).toEqual([{ name: 'PDF 文件', extensions: ['pdf'] }]);
  });

  it('does not open the dialog when rendering fails', async () => {
    const { d, asked } = await deps('choose');
    const result = await printToPdf({ suggestedName: 'a.pdf' }, { ...d, renderPdf: () => Promise.reject(new Error('render crashed')) });
    expect(result).toMatchObject({ ok: false, error: { code: 'PDF_PRINT_FAILED' } });
    expect(asked).toEqual([]);
  });
});
