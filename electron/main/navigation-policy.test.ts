import { describe, expect, it } from 'vitest';
import { isNavigationAllowed, isPermissionAllowed, windowOpenDecision } from './navigation-policy';

describe('navigation', () => {
  it('lets the app move between its own pages', () => {
    expect(isNavigationAllowed('app://taizhang/index.html')).toBe(true);
    expect(isNavigationAllowed('app://taizhang/mediation/1')).toBe(true);
  });

  it('denies leaving the app, by link, redirect or script', () => {
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:8080/',
      'file:///C:/Windows/win.ini',
      'javascript:alert(1)',
      'app://evil/index.html',
      'app://taizhang.evil.com/',
      'https://app//taizhang',
      'about:blank',
    ]) {
      expect(isNavigationAllowed(url), url).toBe(false);
    }
  });

  it('never opens new windows', () => {
    expect(windowOpenDecision()).toEqual({ action: 'deny' });
  });
});

describe('permissions', () => {
  it('grants persistent storage and clipboard writes to the app only', () => {
    expect(isPermissionAllowed('persistent-storage', 'app://taizhang/index.html')).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://taizhang/')).toBe(true);
    expect(isPermissionAllowed('persistent-storage', 'https://example.com/')).toBe(false);
  });

  it('denies everything else, even to the app', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'fileSystem', 'hid', 'usb', 'unknown']) {
      expect(isPermissionAllowed(permission, 'app://taizhang/index.html'), permission).toBe(false);
    }
  });
});
