import { describe, expect, it } from 'vitest';
import { checkServerUrl, serverUrlMessages } from './server-url';

describe('server address', () => {
  it('[C1] accepts https addresses, drops the trailing slash, and takes a bare host as https://', () => {
    expect(checkServerUrl(' https://192.168.1.20:8443/ ')).toEqual({ ok: true, url: 'https://192.168.1.20:8443' });
    expect(checkServerUrl('HTTPS://Taizhang.Suibin.gov.cn/sync/')).toEqual({ ok: true, url: 'https://taizhang.suibin.gov.cn/sync' });
    expect(checkServerUrl('taizhang.suibin.gov.cn')).toEqual({ ok: true, url: 'https://taizhang.suibin.gov.cn' });
  });

  it('refuses plain http:// to another computer, so records and the device token never cross the network unencrypted', () => {
    for (const address of ['http://192.168.1.20:8787', 'http://taizhang.suibin.gov.cn', 'http://10.0.0.1', 'http://localhost.evil.cn', 'http://127.0.0.1.nip.io']) {
      expect(checkServerUrl(address), address).toEqual({ ok: false, problem: 'plain-http' });
    }
    expect(serverUrlMessages['plain-http']).toContain('https://');
  });

  it('allows plain http:// to this computer only', () => {
    expect(checkServerUrl('http://localhost:8787/')).toEqual({ ok: true, url: 'http://localhost:8787' });
    expect(checkServerUrl('http://127.0.0.1:8787')).toEqual({ ok: true, url: 'http://127.0.0.1:8787' });
    expect(checkServerUrl('http://[::1]:8787')).toEqual({ ok: true, url: 'http://[::1]:8787' });
  });

  it('[C1] refuses other schemes, credentials, queries and garbage', () => {
    for (const bad of ['ftp://x', 'file:///etc/passwd', 'javascript:alert(1)', 'https://u:p@host', 'https://host/?a=1', 'https://host/#x', 'https://', 'https://a b', '', '   ']) {
      expect(checkServerUrl(bad), bad).toEqual({ ok: false, problem: 'invalid' });
    }
  });
});
