import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { aboutText, buildAppMenuTemplate, buildContextMenuTemplate } from './app-menu';

/** Every item of a template, submenus included, flattened. */
function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

const input = (packaged: boolean) => ({ packaged, openLogFolder: vi.fn(), showAbout: vi.fn() });

describe('application menu', () => {
  it('has 文件, 编辑, 视图, 帮助 with Chinese labels on every item', () => {
    const template = buildAppMenuTemplate(input(true));
    expect(template.map((item) => item.label)).toEqual(['文件', '编辑', '视图', '帮助']);
    for (const item of items(template)) if (item.type !== 'separator') expect(item.label).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('offers no reload and no developer tools in a packaged build', () => {
    const roles = items(buildAppMenuTemplate(input(true))).map((item) => item.role);
    expect(roles).not.toContain('reload');
    expect(roles).not.toContain('forceReload');
    expect(roles).not.toContain('toggleDevTools');
    expect(roles).toEqual(expect.arrayContaining(['quit', 'cut', 'copy', 'paste', 'selectAll', 'undo', 'zoomIn']));
  });

  it('offers them while developing', () => {
    const roles = items(buildAppMenuTemplate(input(false))).map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']));
  });

  it('opens the log folder and the about box from 帮助', () => {
    const given = input(true);
    const help = items(buildAppMenuTemplate(given));
    const click = (label: string) => (help.find((item) => item.label === label)?.click as (() => void) | undefined)?.();
    click('打开运行记录文件夹');
    click('关于台账');
    expect(given.openLogFolder).toHaveBeenCalledOnce();
    expect(given.showAbout).toHaveBeenCalledOnce();
  });
});

describe('context menu', () => {
  const flags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true };

  it('offers 剪切/复制/粘贴/全选 in a text field, enabled as the field allows', () => {
    const template = buildContextMenuTemplate({ isEditable: true, selectionText: '', editFlags: { ...flags, canCut: false, canCopy: false } });
    expect(template.filter((item) => item.type !== 'separator').map((item) => [item.label, item.role, item.enabled])).toEqual([
      ['剪切', 'cut', false],
      ['复制', 'copy', false],
      ['粘贴', 'paste', true],
      ['全选', 'selectAll', true],
    ]);
  });

  it('offers only 复制 on selected text outside a field, and no menu elsewhere', () => {
    expect(buildContextMenuTemplate({ isEditable: false, selectionText: '调解协议', editFlags: flags }).map((item) => item.label)).toEqual(['复制']);
    expect(buildContextMenuTemplate({ isEditable: false, selectionText: '  ', editFlags: flags })).toEqual([]);
  });
});

describe('aboutText', () => {
  it('names the version and the runtime', () => {
    const about = aboutText({ version: '1.2.0', electron: '45.5.0', chrome: '140.0', platform: 'win32', arch: 'x64' });
    expect(about.message).toBe('台账 1.2.0');
    expect(about.detail).toContain('Electron 45.5.0');
  });
});
