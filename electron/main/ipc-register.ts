// Registers one ipcMain.handle per bridge channel, and only those (docs/design.md §7.1–7.2). Every call is
// first checked to come from the app's own top-level page.
import { bridgeChannels, type TaizhangBridge } from '#shared/bridge';
import type { BridgeHandlers } from './bridge-handlers';
import { isTrustedFrame, type SenderFrameLike } from './ipc-sender';

/** The parts of Electron's IpcMainInvokeEvent the registration needs. */
export interface InvokeEventLike<Sender> {
  sender: Sender;
  senderFrame: SenderFrameLike | null;
}

export interface IpcMainLike<Sender> {
  handle(channel: string, listener: (event: InvokeEventLike<Sender>, ...args: unknown[]) => Promise<unknown>): void;
}

export const UNTRUSTED_SENDER = 'IPC_UNTRUSTED_SENDER: 请求不是来自台账自己的页面，已拒绝';

export function registerBridgeHandlers<Sender>(ipcMain: IpcMainLike<Sender>, handlers: BridgeHandlers<Sender>): void {
  for (const method of Object.keys(bridgeChannels) as (keyof TaizhangBridge)[]) {
    const handler = handlers[method] as (sender: Sender, ...args: unknown[]) => Promise<unknown>;
    ipcMain.handle(bridgeChannels[method], (event, ...args) => {
      // A foreign page gets a rejected promise, not a polite answer: it is not a user to help.
      if (!isTrustedFrame(event.senderFrame)) return Promise.reject(new Error(UNTRUSTED_SENDER));
      return handler(event.sender, ...args);
    });
  }
}
