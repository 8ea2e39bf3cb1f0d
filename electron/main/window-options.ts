// The one place the main window's web preferences are set. Every security switch is written
// out even where it equals Electron's default, so a test and the scanner can see it.
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';

export interface WindowOptionsInput {
  /** Absolute path of the built CommonJS preload (out/preload/index.cjs). */
  preloadPath: string;
  bounds: Rectangle;
  iconPath?: string;
  /** Developer tools: only while developing (`!app.isPackaged`); off unless asked for. */
  devTools?: boolean;
}

export const MIN_WINDOW_SIZE = { width: 1024, height: 640 } as const;

export function createWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    ...input.bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: '台账',
    // Shown once the first page has painted, so the official never sees a white flash.
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    ...(input.iconPath ? { icon: input.iconPath } : {}),
    webPreferences: {
      preload: input.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // Middle-click (auxclick) on a link is one more way to ask for a new window; the page never needs it.
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // A packaged build cannot open them at all, whatever keys are pressed (docs/decisions/034).
      devTools: input.devTools ?? false,
      // Spell checking on Linux downloads dictionaries from Google: nothing leaves the office PC unasked.
      spellcheck: false,
      // Sync runs in this renderer: its retry timers and live stream must keep going while the
      // window is minimised. The UI does no work when hidden, so the cost is small.
      backgroundThrottling: false,
    },
  };
}
