// The web build's log (docs/decisions/034): no file to write, so the newest lines stay in the browser
// profile (localStorage), bounded, and 导出诊断信息 reads them from there. The lines come redacted
// from the renderer's logger; they are redacted again here, as main does for the desktop file.
import { MAX_LOG_MESSAGE, type LogEntry } from '#shared/bridge';
import { redactText } from '#shared/diagnostics/redact';

export const WEB_LOG_ITEM = 'taizhang.log';
/** As many lines as the desktop's diagnostic file carries. */
export const WEB_LOG_LINES = 400;

export interface WebLog {
  write(entry: LogEntry): void;
  recent(): string[];
}

function read(storage: Storage): string[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(WEB_LOG_ITEM) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((line): line is string => typeof line === 'string') : [];
  } catch {
    // A damaged log is started afresh: it is a help for diagnosis, not data.
    return [];
  }
}

export function createWebLog(storage: Storage, clock: () => Date): WebLog {
  return {
    write(entry) {
      const line = `[${clock().toISOString()}] [${entry.level}] [页面] ${redactText(entry.message.slice(0, MAX_LOG_MESSAGE))}`;
      const lines = [...read(storage), line].slice(-WEB_LOG_LINES);
      try {
        storage.setItem(WEB_LOG_ITEM, JSON.stringify(lines));
      } catch {
        // A full profile: drop the older half and try once more; a log never stops the app.
        try {
          storage.setItem(WEB_LOG_ITEM, JSON.stringify(lines.slice(-Math.floor(WEB_LOG_LINES / 2))));
        } catch {
          /* nothing more to do */
        }
      }
    },
    recent: () => read(storage),
  };
}
