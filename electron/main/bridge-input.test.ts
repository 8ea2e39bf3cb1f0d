import { describe, expect, it } from 'vitest';
import { checkPrintRequest, checkSaveFileRequest, checkSyncSecrets, isSafeFileName, MAX_FILE_BYTES, MAX_SECRET_LENGTH } from './bridge-input';

describe('file names offered in the save dialog', () => {
  it('accepts ordinary Chinese names', () => {
    expect(isSafeFileName('调解协议书 〔2026〕某调字第3号.pdf')).toBe(true);
    expect(isSafeFileName('2026年学法台账.xlsx')).toBe(true);
  });

  it('refuses anything that names a folder or escapes one', () => {
    for (const name of ['../x.pdf', '..\\x.pdf', 'a/b.pdf', 'C:\\Windows\\x.pdf', 'C:x.pdf', '/etc/passwd', '..', '.', '']) {
      expect(isSafeFileName(name), name).toBe(false);
    }
  });

  it('refuses names Windows cannot save', () => {
    for (const name of ['CON', 'nul.txt', 'com1.pdf', 'a?.pdf', 'a*.pdf', 'a|b', 'ends-with-dot.', 'ends-with-space ', 'tab\tname', '   ']) {
      expect(isSafeFileName(name), JSON.stringify(name)).toBe(false);
    }
  });

  it('bounds the length', () => {
    expect(isSafeFileName(`${'台'.repeat(116)}.pdf`)).toBe(true);
    expect(isSafeFileName(`${'台'.repeat(117)}.pdf`)).toBe(false);
  });

  it('refuses what is not a string', () => {
    expect(isSafeFileName(42)).toBe(false);
    expect(isSafeFileName(null)).toBe(false);
  });
});

describe('print request', () => {
  it('adds .pdf when missing', () => {
    expect(checkPrintRequest({ suggestedName: '调解协议书' })).toEqual({ ok: true, value: { suggestedName: '调解协议书.pdf' } });
    expect(checkPrintRequest({ suggestedName: '协议.PDF' })).toEqual({ ok: true, value: { suggestedName: '协议.PDF' } });
  });

  it('answers bad input with a code and a Chinese message', () => {
    const result = checkPrintRequest({ suggestedName: '../../evil' });
    expect(result).toMatchObject({ ok: false, error: { code: 'FILE_NAME_INVALID' } });
    expect(!result.ok && result.error.message).toMatch(/文件名/);
    expect(checkPrintRequest(undefined)).toMatchObject({ ok: false, error: { code: 'BRIDGE_INVALID_REQUEST' } });
    expect(checkPrintRequest('x.pdf')).toMatchObject({ ok: false, error: { code: 'BRIDGE_INVALID_REQUEST' } });
  });
});

describe('save-file request', () => {
  it('accepts text and bytes with filters', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const filters = [{ name: 'Excel 工作簿', extensions: ['xlsx'] }];
    expect(checkSaveFileRequest({ suggestedName: '台账.xlsx', contents: bytes, filters })).toEqual({
      ok: true,
      value: { suggestedName: '台账.xlsx', contents: bytes, filters },
    });
    expect(checkSaveFileRequest({ suggestedName: '说明.txt', contents: '你好' })).toEqual({
      ok: true,
      value: { suggestedName: '说明.txt', contents: '你好' },
    });
  });

  it('refuses contents that are neither text nor bytes', () => {
    for (const contents of [undefined, 42, { length: 3 }, [1, 2, 3]]) {
      expect(checkSaveFileRequest({ suggestedName: 'a.txt', contents })).toMatchObject({ ok: false, error: { code: 'BRIDGE_INVALID_REQUEST' } });
    }
  });

  it('refuses files over the size bound, counted in UTF-8 bytes', () => {
    // A third as many characters as bytes allowed, but each is 3 bytes in UTF-8.
    const big = '台'.repeat(Math.floor(MAX_FILE_BYTES / 3) + 1);
    expect(checkSaveFileRequest({ suggestedName: 'a.txt', contents: big })).toMatchObject({ ok: false, error: { code: 'FILE_TOO_LARGE' } });
    const bytes = new Uint8Array(MAX_FILE_BYTES + 1);
    expect(checkSaveFileRequest({ suggestedName: 'a.bin', contents: bytes })).toMatchObject({ ok: false, error: { code: 'FILE_TOO_LARGE' } });
  });

  it('refuses malformed filters', () => {
    for (const filters of [
      'xlsx',
      [{ name: 'x', extensions: [] }],
      [{ name: 'x', extensions: ['../exe'] }],
      [{ name: '', extensions: ['pdf'] }],
      Array.from({ length: 9 }, () => ({ name: 'x', extensions: ['pdf'] })),
    ]) {
      expect(checkSaveFileRequest({ suggestedName: 'a.pdf', contents: '', filters })).toMatchObject({ ok: false, error: { code: 'FILE_TYPE_INVALID' } });
    }
  });
});

describe('sync secrets sent by the renderer', () => {
  it('accepts a token with or without the ID-hash key, and null', () => {
    expect(checkSyncSecrets({ token: 'tzd_abc-_DEF' })).toEqual({ ok: true, value: { token: 'tzd_abc-_DEF' } });
    expect(checkSyncSecrets({ token: 't', idHashKey: 'k+/=' })).toEqual({ ok: true, value: { token: 't', idHashKey: 'k+/=' } });
    expect(checkSyncSecrets(null)).toEqual({ ok: true, value: null });
  });

  it('bounds the token at 200 visible ASCII characters', () => {
    expect(checkSyncSecrets({ token: 'x'.repeat(MAX_SECRET_LENGTH) }).ok).toBe(true);
    expect(checkSyncSecrets({ token: 'x'.repeat(MAX_SECRET_LENGTH + 1) })).toMatchObject({ ok: false, error: { code: 'SYNC_SECRETS_INVALID' } });
    for (const token of ['', 'a b', 'a\nb', '令牌', 7]) {
      expect(checkSyncSecrets({ token }), JSON.stringify(token)).toMatchObject({ ok: false, error: { code: 'SYNC_SECRETS_INVALID' } });
    }
  });

  it('refuses unknown fields and what is not an object', () => {
    expect(checkSyncSecrets({ token: 't', role: 'county' })).toMatchObject({ ok: false, error: { code: 'SYNC_SECRETS_INVALID' } });
    expect(checkSyncSecrets({ token: 't', idHashKey: 5 })).toMatchObject({ ok: false, error: { code: 'SYNC_SECRETS_INVALID' } });
    for (const input of [undefined, 'token', ['t']]) expect(checkSyncSecrets(input)).toMatchObject({ ok: false, error: { code: 'BRIDGE_INVALID_REQUEST' } });
  });
});
