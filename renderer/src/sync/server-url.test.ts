import { describe, expect, it } from 'vitest';
import { normaliseServerUrl } from './server-url';

describe('server address', () => {
  it('[C1] accepts http and https addresses and drops the trailing slash', () => {
    expect(normaliseServerUrl(' http://192.168.1.20:8787/ ')).toBe('http://192.168.1.20:8787');
    expect(normaliseServerUrl('https://taizhang.suibin.gov.cn')).toBe('https://taizhang.suibin.gov.cn');
    expect(normaliseServerUrl('HTTPS://Taizhang.Suibin.gov.cn/sync/')).toBe('https://taizhang.suibin.gov.cn/sync');
  });

  it('[C1] refuses other schemes, missing schemes, credentials, queries and garbage', () => {
    for (const bad of ['ftp://x', 'file:///etc/passwd', '192.168.1.20:8787', 'javascript:alert(1)', 'http://u:p@host', 'http://host/?a=1', 'http://host/#x', 'http://', '']) {
      expect(normaliseServerUrl(bad), bad).toBeUndefined();
    }
  });
});
