import { describe, expect, it } from 'vitest';
import { ObjectUrls } from './object-urls';

describe('the 卷宗 scans\' object URLs', () => {
  it('revokes every URL when the 卷宗 is left, and one made by work that finishes later is refused', async () => {
    const urls = new ObjectUrls();
    const url = urls.create(new Blob(['扫描页一'], { type: 'image/jpeg' }));
    await expect(fetch(url).then((response) => response.text())).resolves.toBe('扫描页一');
    urls.revokeAll();
    await expect(fetch(url)).rejects.toThrow();
    expect(() => urls.create(new Blob(['扫描页二']))).toThrow(expect.objectContaining({ name: 'AbortError' }));
  });
});
