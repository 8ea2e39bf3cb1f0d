import { describe, expect, it } from 'vitest';
import { checkDownloadedHash, decideUpdate, type ServedRelease } from './update-decision';

// Web Crypto, as everywhere in shared/ (no Node built-ins): the installer's and a tampered copy's SHA-512.
const sha512Of = async (text: string) => btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-512', new TextEncoder().encode(text)))));
const INSTALLER = await sha512Of('installer');
const TAMPERED = await sha512Of('installer, tampered');
const served = (version: string, sha512 = INSTALLER): ServedRelease => ({
  version,
  files: [{ url: `Taizhang-Setup-${version}.exe`, sha512, size: 9 }],
});

describe('whether the served release is an update', () => {
  it('a newer version is installed, with its file', () => {
    expect(decideUpdate('0.1.0', served('0.2.0'))).toEqual({ update: true, version: '0.2.0', file: served('0.2.0').files[0] });
    expect(decideUpdate('1.9.0', served('1.10.0'))).toMatchObject({ update: true, version: '1.10.0' });
  });

  it('the same version is no update', () => {
    expect(decideUpdate('0.2.0', served('0.2.0'))).toEqual({ update: false, reason: 'up-to-date' });
  });

  it('an older version is never installed (no downgrade onto a newer database)', () => {
    expect(decideUpdate('0.3.0', served('0.2.0'))).toEqual({ update: false, reason: 'older' });
  });

  it('a release without a valid version, file or hash is ignored', () => {
    expect(decideUpdate('0.1.0', served('latest'))).toEqual({ update: false, reason: 'invalid' });
    expect(decideUpdate('0.1.0', { version: '0.2.0', files: [] })).toEqual({ update: false, reason: 'invalid' });
    expect(decideUpdate('0.1.0', served('0.2.0', 'abc'))).toEqual({ update: false, reason: 'invalid' });
    expect(decideUpdate('dev', served('0.2.0'))).toEqual({ update: false, reason: 'invalid' });
  });
});

describe('the downloaded installer against the published hash', () => {
  it('the same SHA-512 is accepted', () => {
    expect(checkDownloadedHash(INSTALLER, INSTALLER)).toEqual({ ok: true });
  });

  it('another file is refused with a Chinese message', () => {
    const check = checkDownloadedHash(TAMPERED, INSTALLER);
    expect(check).toMatchObject({ ok: false, code: 'UPDATE_HASH_MISMATCH' });
    if (!check.ok) expect(check.message).toContain('已拒绝安装');
  });

  it('a published value that is no SHA-512 accepts nothing', () => {
    expect(checkDownloadedHash('', '')).toMatchObject({ ok: false });
  });
});
