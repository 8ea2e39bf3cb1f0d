import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWindowState, parseWindowState, placeWindow, serializeWindowState, type WindowState } from './window-state';

const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
const projector = { x: 1920, y: 0, width: 1280, height: 720 };

describe('window placement', () => {
  it('opens a first window centred on the primary display', () => {
    const placed = placeWindow(null, [laptop], laptop);
    expect(placed.maximized).toBe(false);
    expect(placed.bounds).toEqual({ x: 277, y: 90, width: 1366, height: 860 });
  });

  it('reopens where the official left it', () => {
    const saved: WindowState = { bounds: { x: 100, y: 50, width: 1200, height: 800 }, maximized: true };
    expect(placeWindow(saved, [laptop, projector], laptop)).toEqual(saved);
  });

  it('brings back a window left on a display that is gone', () => {
    const saved: WindowState = { bounds: { x: 2000, y: 40, width: 1200, height: 700 }, maximized: false };
    const placed = placeWindow(saved, [laptop], laptop);
    expect(placed.bounds).toEqual({ x: 277, y: 90, width: 1366, height: 860 });
  });

  it('pulls a half off-screen window wholly onto the display it mostly covers, shrinking it to fit', () => {
    const saved: WindowState = { bounds: { x: 1500, y: -200, width: 2400, height: 900 }, maximized: false };
    // Overlaps the projector (1280×700) more than the laptop (420×700).
    const placed = placeWindow(saved, [laptop, projector], laptop);
    expect(placed.bounds).toEqual({ x: 1920, y: 0, width: 1280, height: 720 });
  });

  it('keeps a small window inside the work area above the taskbar', () => {
    const saved: WindowState = { bounds: { x: 1800, y: 900, width: 1100, height: 700 }, maximized: false };
    const placed = placeWindow(saved, [laptop], laptop);
    expect(placed.bounds).toEqual({ x: 820, y: 340, width: 1100, height: 700 });
  });
});

describe('window state file', () => {
  it('round-trips through the file in userData', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'taizhang-window-')), 'window-state.json');
    const state: WindowState = { bounds: { x: 1, y: 2, width: 1300, height: 900 }, maximized: true };
    await writeFile(file, serializeWindowState(state));
    expect(await loadWindowState(file, (path) => readFile(path, 'utf8'))).toEqual(state);
  });

  it('ignores a missing or damaged file instead of failing to start', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'taizhang-window-'));
    expect(await loadWindowState(join(dir, 'none.json'), (path) => readFile(path, 'utf8'))).toBeNull();
    expect(parseWindowState('{"bounds":')).toBeNull();
    expect(parseWindowState('{"bounds":{"x":0,"y":0,"width":-5,"height":10},"maximized":false}')).toBeNull();
    expect(parseWindowState('{"bounds":{"x":0,"y":0,"width":"wide","height":10},"maximized":false}')).toBeNull();
    expect(parseWindowState('null')).toBeNull();
  });
});
