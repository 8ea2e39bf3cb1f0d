// What the shell does when a process of the app goes away or hangs (docs/decisions/034). Plain
// functions of the reason and the recent history, so each case is tested; index.ts only carries
// them out. Reloading is safe for the data: a save the official saw confirmed is whole on disk
// (decision 029, journaled saves), so a reload can lose only typing that was never saved.
import type { Details, RenderProcessGoneDetails } from 'electron';

export type GoneReason = RenderProcessGoneDetails['reason'];

/** A reload counts against the budget for this long. */
export const RELOAD_WINDOW_MS = 5 * 60 * 1000;
/** More page crashes than this within the window, and reloading has stopped helping. */
export const MAX_RELOADS_IN_WINDOW = 3;

export interface DialogText {
  title: string;
  message: string;
  detail: string;
  buttons: string[];
}

export type RendererGoneDecision =
  /** The page ended as asked (closing, quitting): nothing to tell anyone. */
  | { action: 'none'; level: 'info'; log: string }
  /** Reload the page, then tell the official what happened. */
  | { action: 'reload'; level: 'error'; log: string; dialog: DialogText }
  /** Stop reloading; the dialog's first button quits, the second tries once more. */
  | { action: 'give-up'; level: 'error'; log: string; dialog: DialogText };

const SAVED_IS_SAFE = '已经保存的记录都完整地保存在本机，不会丢失；正在填写、还没有保存的内容可能需要重新填写。';

const whatHappened: Record<Exclude<GoneReason, 'clean-exit'>, string> = {
  crashed: '台账的页面意外退出了。',
  'abnormal-exit': '台账的页面意外退出了。',
  killed: '台账的页面被系统或其他程序结束了。',
  oom: '电脑内存不足，台账的页面被迫关闭了。请关闭暂时不用的其他程序。',
  'memory-eviction': '电脑内存不足，台账的页面被迫关闭了。请关闭暂时不用的其他程序。',
  'launch-failed': '台账的页面无法启动。',
  'integrity-failure': '台账的程序文件可能已损坏，页面无法启动。',
};

/** Reasons a reload cannot mend: the same launch fails again. */
const hopeless = new Set<GoneReason>(['launch-failed', 'integrity-failure']);

/** The reload times still inside the window at `now`. */
export function recentReloads(history: readonly number[], now: number): number[] {
  return history.filter((at) => now - at < RELOAD_WINDOW_MS && at <= now);
}

export function decideRendererGone(details: Pick<RenderProcessGoneDetails, 'reason' | 'exitCode'>, reloads: readonly number[], now: number, logFolder: string): RendererGoneDecision {
  const log = `页面进程结束：reason=${details.reason} exitCode=${details.exitCode} 最近${RELOAD_WINDOW_MS / 60000}分钟内已重新加载${recentReloads(reloads, now).length}次`;
  if (details.reason === 'clean-exit') return { action: 'none', level: 'info', log };
  const said = whatHappened[details.reason];
  if (hopeless.has(details.reason) || recentReloads(reloads, now).length >= MAX_RELOADS_IN_WINDOW) {
    return {
      action: 'give-up',
      level: 'error',
      log: `${log}；不再自动重新加载`,
      dialog: {
        title: '台账',
        message: hopeless.has(details.reason) ? said : `${said}短时间内已经多次出错，台账不再自动重新加载。`,
        detail:
          `${SAVED_IS_SAFE}\n请重启电脑后再打开台账；若仍然出错，请重新安装台账（已录入的数据会保留），并把运行记录文件夹中的文件发给县司法局的技术联系人：\n${logFolder}`,
        buttons: ['退出台账', '再试一次'],
      },
    };
  }
  return {
    action: 'reload',
    level: 'error',
    log: `${log}；自动重新加载`,
    dialog: { title: '台账', message: said, detail: `台账已经重新加载页面。${SAVED_IS_SAFE}`, buttons: ['知道了'] },
  };
}

/** Shown while the page does not answer; the first button waits, the second reloads. */
export const unresponsiveDialog: DialogText = {
  title: '台账',
  message: '台账暂时没有响应。',
  detail: `可能正在处理大量数据（例如导入、导出或同步），通常稍等片刻就会恢复。若长时间没有响应，可以重新加载：${SAVED_IS_SAFE}`,
  buttons: ['继续等待', '重新加载'],
};

export function decideUnresponsive(response: number): 'wait' | 'reload' {
  return response === 1 ? 'reload' : 'wait';
}

/** A helper process (GPU, network, utility) ended: only logged; Chromium starts a new one itself. */
export function describeChildGone(details: Pick<Details, 'type' | 'reason' | 'exitCode' | 'serviceName' | 'name'>): { level: 'info' | 'warn'; log: string } {
  const which = [details.type, details.serviceName, details.name].filter(Boolean).join(' ');
  const log = `辅助进程结束：${which} reason=${details.reason} exitCode=${details.exitCode}`;
  return { level: details.reason === 'clean-exit' ? 'info' : 'warn', log };
}
