import { describe, expect, it } from 'vitest';
import { attachmentProblem, mimeTypeOf } from './accept';
import { isSha256Hex, parseByteRange } from './protocol';

describe('parseByteRange', () => {
  it('reads closed and open ranges, clamps the end to the file', () => {
    expect(parseByteRange('bytes=0-99', 1000)).toEqual({ start: 0, end: 99 });
    expect(parseByteRange('bytes=900-', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseByteRange('bytes=900-5000', 1000)).toEqual({ start: 900, end: 999 });
  });

  it('refuses a start beyond the end; ignores forms it does not serve (whole file)', () => {
    expect(parseByteRange('bytes=1000-', 1000)).toBe('unsatisfiable');
    expect(parseByteRange('bytes=50-10', 1000)).toBe('unsatisfiable');
    expect(parseByteRange('bytes=0-1,5-9', 1000)).toBeUndefined();
    expect(parseByteRange('bytes=-500', 1000)).toBeUndefined();
    expect(parseByteRange(undefined, 1000)).toBeUndefined();
  });
});

describe('what may be attached', () => {
  it('takes scans, photos and PDFs up to 50 MB, with a Chinese reason otherwise', () => {
    expect(attachmentProblem({ name: '协议书.pdf', size: 1000, type: 'application/pdf' })).toBeUndefined();
    expect(attachmentProblem({ name: '签到表.JPG', size: 1000, type: '' })).toBeUndefined();
    expect(attachmentProblem({ name: '录像.mp4', size: 1000, type: 'video/mp4' })?.message).toContain('不是图片或 PDF');
    expect(attachmentProblem({ name: '大.pdf', size: 50 * 1024 * 1024 + 1, type: 'application/pdf' })?.message).toContain('不能超过 50 MB');
    expect(attachmentProblem({ name: '空.pdf', size: 0, type: 'application/pdf' })?.code).toBe('ATTACHMENT_EMPTY');
    expect(mimeTypeOf('scan.TIF', '')).toBe('image/tiff');
  });

  it('names files by 64 lower-case hex digits only', () => {
    expect(isSha256Hex('a'.repeat(64))).toBe(true);
    expect(isSha256Hex('A'.repeat(64))).toBe(false);
    expect(isSha256Hex('../etc/passwd')).toBe(false);
  });
});
