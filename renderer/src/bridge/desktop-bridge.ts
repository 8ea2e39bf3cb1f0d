// The bridge for the desktop build: what preload exposed on window (see electron/preload).
import { BRIDGE_GLOBAL, type TaizhangBridge } from '#shared/bridge';

declare global {
  interface Window {
    [BRIDGE_GLOBAL]?: TaizhangBridge;
  }
}

const exposed = window[BRIDGE_GLOBAL];
if (!exposed) throw new Error('BRIDGE_MISSING: 桌面程序的预加载脚本没有启动');

export const bridge: TaizhangBridge = exposed;
