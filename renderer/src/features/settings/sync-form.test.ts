import { describe, expect, it } from 'vitest';
import { checkSyncForm, normaliseEnrollmentCode } from './sync-form';

describe('同步 form checks', () => {
  it('takes the code in any case, with or without dashes and spaces', () => {
    for (const typed of ['7KQM-3XPA-HT9C', '7kqm3xpaht9c', ' 7kqm 3xpa-ht9c ']) expect(normaliseEnrollmentCode(typed)).toBe('7KQM-3XPA-HT9C');
  });

  it('refuses codes of the wrong length or with characters the server never uses', () => {
    for (const typed of ['7KQM-3XPA', '7KQM-3XPA-HT9C-A', '7KQM-3XPA-HT9?', '0KQM-3XPA-HT9C']) expect(normaliseEnrollmentCode(typed)).toBeNull();
  });

  it('takes a bare host as https:// and keeps the address without its trailing slash', () => {
    const ok = (serverUrl: string) => checkSyncForm({ serverUrl, code: '7KQM-3XPA-HT9C', deviceName: '忠仁镇电脑' });
    expect(ok('sfj.example.gov.cn/taizhang/')).toMatchObject({ ok: true, input: { serverUrl: 'https://sfj.example.gov.cn/taizhang' } });
    expect(ok('https://192.168.1.20:8443/')).toMatchObject({ ok: true, input: { serverUrl: 'https://192.168.1.20:8443' } });
  });

  it('refuses an unencrypted http:// address to another computer, saying to ask for https://', () => {
    const result = checkSyncForm({ serverUrl: 'http://192.168.1.20:8787', code: '7KQM-3XPA-HT9C', deviceName: '忠仁镇电脑' });
    expect(!result.ok && result.errors.serverUrl).toMatch(/必须以 https:\/\/ 开头/);
  });

  it('refuses addresses that are not a web server', () => {
    for (const typed of ['ftp://x.cn', 'https://', 'https://a b', 'https://x.cn/?q=1', 'https://user:pw@x.cn']) {
      const result = checkSyncForm({ serverUrl: typed, code: '7KQM-3XPA-HT9C', deviceName: '忠仁镇电脑' });
      expect(!result.ok && result.errors.serverUrl, typed).toMatch(/服务器地址无效/);
    }
  });

  it('names every problem at once, in Chinese', () => {
    const result = checkSyncForm({ serverUrl: '', code: '', deviceName: ' ' });
    expect(result).toEqual({ ok: false, errors: { serverUrl: '请填写县服务器地址', code: '请填写县司法局给的登记码', deviceName: expect.stringContaining('请填写本机名称') as string } });
  });

  it('says which letters a code never has when an official types O for 0', () => {
    const result = checkSyncForm({ serverUrl: 'http://127.0.0.1:8787', code: 'OKQM-3XPA-HT9C', deviceName: '忠仁镇电脑' });
    expect(!result.ok && result.errors.code).toMatch(/没有数字 0、1 和字母 O、I、L/);
  });

  it('hands over the normalised input when all is well', () => {
    expect(checkSyncForm({ serverUrl: 'http://127.0.0.1:8787/', code: '7kqm3xpaht9c', deviceName: ' 忠仁镇电脑 ' })).toEqual({
      ok: true, input: { serverUrl: 'http://127.0.0.1:8787', code: '7KQM-3XPA-HT9C', deviceName: '忠仁镇电脑' },
    });
  });
});
