import { describe, expect, it } from 'vitest';
import { isTrustedFrame, isTrustedSender } from './ipc-sender';

describe('IPC sender check', () => {
  it('trusts the app page in the main frame', () => {
    expect(isTrustedSender('app://taizhang/index.html', true)).toBe(true);
    expect(isTrustedFrame({ url: 'app://taizhang/#/mediation', parent: null })).toBe(true);
  });

  it('refuses the app page inside a sub-frame', () => {
    expect(isTrustedSender('app://taizhang/index.html', false)).toBe(false);
    expect(isTrustedFrame({ url: 'app://taizhang/index.html', parent: {} })).toBe(false);
  });

  it('refuses other origins, blank and destroyed frames', () => {
    for (const url of ['https://example.com/', 'file:///tmp/x.html', 'about:blank', 'app://evil/', 'chrome-error://chromewebdata/', '']) {
      expect(isTrustedSender(url, true), url).toBe(false);
    }
    expect(isTrustedSender(undefined, true)).toBe(false);
    expect(isTrustedFrame(null)).toBe(false);
  });
});
