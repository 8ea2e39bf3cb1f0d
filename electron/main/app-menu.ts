// The application menu and the right-click menu, in Chinese (docs/decisions/034). Templates only:
// index.ts builds them with Menu.buildFromTemplate. A packaged build offers neither 重新加载 nor
// 开发者工具 (with their shortcuts): an official who presses Ctrl+R mid-form should not lose it, and the
// developer tools are no office tool. A development build keeps them.
import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron';

export interface AppMenuInput {
  /** app.isPackaged. */
  packaged: boolean;
  /** 帮助 → 打开运行记录文件夹. */
  openLogFolder(): void;
  /** 帮助 → 关于台账. */
  showAbout(): void;
}

export function buildAppMenuTemplate(input: AppMenuInput): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { label: '实际大小', role: 'resetZoom' },
    { label: '放大', role: 'zoomIn' },
    { label: '缩小', role: 'zoomOut' },
    { type: 'separator' },
    { label: '全屏', role: 'togglefullscreen' },
  ];
  if (!input.packaged) {
    view.push(
      { type: 'separator' },
      { label: '重新加载', role: 'reload' },
      { label: '强制重新加载', role: 'forceReload' },
      { label: '开发者工具', role: 'toggleDevTools' },
    );
  }
  return [
    { label: '文件', submenu: [{ label: '退出台账', role: 'quit' }] },
    {
      label: '编辑',
      submenu: [
        { label: '撤销', role: 'undo' },
        { label: '重做', role: 'redo' },
        { type: 'separator' },
        { label: '剪切', role: 'cut' },
        { label: '复制', role: 'copy' },
        { label: '粘贴', role: 'paste' },
        { label: '全选', role: 'selectAll' },
      ],
    },
    { label: '视图', submenu: view },
    {
      label: '帮助',
      submenu: [
        { label: '打开运行记录文件夹', click: () => input.openLogFolder() },
        { type: 'separator' },
        { label: '关于台账', click: () => input.showAbout() },
      ],
    },
  ];
}

export type ContextMenuInput = Pick<ContextMenuParams, 'isEditable' | 'selectionText'> & {
  editFlags: Pick<ContextMenuParams['editFlags'], 'canCut' | 'canCopy' | 'canPaste' | 'canSelectAll'>;
};

/** In a text field: 剪切/复制/粘贴/全选, each enabled as the field allows. On selected text: 复制. Elsewhere: no menu. */
export function buildContextMenuTemplate(params: ContextMenuInput): MenuItemConstructorOptions[] {
  const { editFlags } = params;
  if (params.isEditable) {
    return [
      { label: '剪切', role: 'cut', enabled: editFlags.canCut },
      { label: '复制', role: 'copy', enabled: editFlags.canCopy },
      { label: '粘贴', role: 'paste', enabled: editFlags.canPaste },
      { type: 'separator' },
      { label: '全选', role: 'selectAll', enabled: editFlags.canSelectAll },
    ];
  }
  if (params.selectionText.trim() !== '') return [{ label: '复制', role: 'copy', enabled: editFlags.canCopy }];
  return [];
}

/** The text of 帮助 → 关于台账. */
export function aboutText(info: { version: string; electron: string; chrome: string; platform: string; arch: string }): { message: string; detail: string } {
  return {
    message: `台账 ${info.version}`,
    detail: `乡镇法治工作台账\nElectron ${info.electron}，Chromium ${info.chrome}\n系统：${info.platform} ${info.arch}`,
  };
}
