import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl, originOf } from './app-origin';

describe('the app origin', () => {
  it('accepts the entry page and any path of app://taizhang', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://taizhang/assets/index.js?v=1#x')).toBe(true);
  });

  it('refuses other hosts, ports, schemes and look-alikes', () => {
    for (const url of [
      'app://evil/index.html',
      'app://taizhang.evil.com/',
      'app://taizhang:8080/',
      'app://evil@taizhang/',
      'app://taizhang@evil/',
      'https://taizhang/',
      'file:///C:/taizhang/index.html',
      'evil://taizhang/',
      'javascript:alert(1)',
      'data:text/html,<script>1</script>',
      'about:blank',
      'not a url',
      '',
    ]) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });

  it('does not treat two opaque origins as the same origin', () => {
    // Node gives both "null"; we must not.
    expect(originOf('evil://x/')).toBeNull();
    expect(originOf('about:blank')).toBeNull();
    expect(originOf('https://county.example.cn/api')).toBe('https://county.example.cn');
  });
});
