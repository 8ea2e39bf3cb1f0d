// Where the main window opens: where the official left it (size, position, maximised), unless
// that place is no longer on any screen (a projector unplugged, resolution changed).
import type { Rectangle } from 'electron';

export interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
}

export const WINDOW_STATE_FILE = 'window-state.json';

const DEFAULT_SIZE = { width: 1366, height: 860 } as const;

function isRectangle(value: unknown): value is Rectangle {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return ['x', 'y', 'width', 'height'].every((k) => typeof r[k] === 'number' && Number.isFinite(r[k]))
    && (r.width as number) > 0 && (r.height as number) > 0;
}

/** The saved state, or null when the file is missing, damaged or from an unknown shape. */
export function parseWindowState(json: string | null): WindowState | null {
  if (json === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { bounds, maximized } = value as Record<string, unknown>;
  if (!isRectangle(bounds) || typeof maximized !== 'boolean') return null;
  return { bounds: { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height }, maximized };
}

function overlapArea(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

function fitInto(bounds: Rectangle, area: Rectangle): Rectangle {
  const width = Math.min(bounds.width, area.width);
  const height = Math.min(bounds.height, area.height);
  return {
    width,
    height,
    x: clamp(bounds.x, area.x, area.x + area.width - width),
    y: clamp(bounds.y, area.y, area.y + area.height - height),
  };
}

function centred(area: Rectangle): Rectangle {
  const width = Math.min(DEFAULT_SIZE.width, Math.round(area.width * 0.9));
  const height = Math.min(DEFAULT_SIZE.height, Math.round(area.height * 0.9));
  return { width, height, x: area.x + Math.round((area.width - width) / 2), y: area.y + Math.round((area.height - height) / 2) };
}

/**
 * Places the window wholly inside the work area (screen minus taskbar) it overlaps most;
 * if it overlaps none, centres a default-sized window on the primary display.
 */
export function placeWindow(saved: WindowState | null, workAreas: readonly Rectangle[], primaryWorkArea: Rectangle): WindowState {
  if (saved === null) return { bounds: centred(primaryWorkArea), maximized: false };
  let best: Rectangle | null = null;
  let bestArea = 0;
  for (const area of workAreas) {
    const overlap = overlapArea(saved.bounds, area);
    if (overlap > bestArea) {
      best = area;
      bestArea = overlap;
    }
  }
  if (best === null) return { bounds: centred(primaryWorkArea), maximized: saved.maximized };
  return { bounds: fitInto(saved.bounds, best), maximized: saved.maximized };
}

export async function loadWindowState(filePath: string, readFile: (path: string) => Promise<string>): Promise<WindowState | null> {
  try {
    return parseWindowState(await readFile(filePath));
  } catch {
    return null;
  }
}

/** Written synchronously by the caller on 'close': an async write could be cut off by the quit that follows. */
export function serializeWindowState(state: WindowState): string {
  return JSON.stringify(state);
}
