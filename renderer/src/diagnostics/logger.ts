// The page's logger (docs/decisions/034): every line is redacted here, then goes through the bridge to
// the log file main keeps (desktop) or the browser profile (web). Logging never throws and never waits:
// a log that cannot be written must not stop an official's work.
import type { LogEntry, LogLevel } from '#shared/bridge';
import { describeForLog, redactText } from '#shared/diagnostics/redact';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  /** `cause`: the thrown value, described with its stack. */
  error(message: string, cause?: unknown): void;
}

export function createLogger(write: (entry: LogEntry) => Promise<void>): Logger {
  const send = (level: LogLevel, message: string) => {
    try {
      write({ level, message }).catch(() => undefined);
    } catch {
      /* a bridge that throws synchronously is no reason to fail either */
    }
  };
  return {
    info: (message) => send('info', redactText(message)),
    warn: (message) => send('warn', redactText(message)),
    error: (message, cause) => send('error', cause === undefined ? redactText(message) : `${redactText(message)}：${describeForLog(cause)}`),
  };
}
