import { describe, expect, it } from 'vitest';
import { createWindowOptions } from './window-options';

const options = createWindowOptions({ preloadPath: '/app/out/preload/index.cjs', bounds: { x: 10, y: 20, width: 1280, height: 800 } });
const prefs = options.webPreferences ?? {};

describe('main window security settings (docs/design.md §6)', () => {
  it('isolates the page from Node and Electron', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and insecure or experimental features off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.enableBlinkFeatures).toBeUndefined();
    expect(prefs.disableBlinkFeatures).toBe('Auxclick');
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
  });

  it('loads the CommonJS preload, because a sandboxed preload cannot be an ES module', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
  });

  it('decides background throttling explicitly and sends nothing to spell-check servers', () => {
    expect(prefs.backgroundThrottling).toBe(false);
    expect(prefs.spellcheck).toBe(false);
  });

  it('has no developer tools unless a development build asks for them', () => {
    expect(prefs.devTools).toBe(false);
    const dev = createWindowOptions({ preloadPath: '/p.cjs', bounds: { x: 0, y: 0, width: 1024, height: 640 }, devTools: true });
    expect(dev.webPreferences?.devTools).toBe(true);
  });

  it('opens where it was last left', () => {
    expect(options).toMatchObject({ x: 10, y: 20, width: 1280, height: 800, show: false });
  });
});
