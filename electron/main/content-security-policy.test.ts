import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, parseCsp } from './content-security-policy';

describe('the CSP header of app:// pages', () => {
  const header = parseCsp(CONTENT_SECURITY_POLICY);

  it('runs only the app’s own scripts: no inline, no eval, no remote', () => {
    expect(header.get('script-src')).toEqual(["'self'"]);
    expect(header.get('default-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(header.get('object-src')).toEqual(["'none'"]);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('says the same as the renderer’s <meta> policy, so neither blocks what the other allows', () => {
    // Both policies apply in Electron; a directive that differs would silently block the app (e.g. sync's connect-src).
    const html = readFileSync(resolve(import.meta.dirname, '../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta, 'renderer/index.html has a CSP meta tag').toBeDefined();
    for (const [directive, sources] of parseCsp(meta ?? '')) {
      expect(header.get(directive), directive).toEqual(sources);
    }
  });
});
