// The log as the bridge sees it (docs/decisions/034): the page's lines checked and redacted before they
// are written beside main's, and the newest lines read back for 导出诊断信息. The writing itself is
// electron-log's rotating file (log-file.ts); this module only needs something with info/warn/error.
import { MAX_LOG_MESSAGE, type BridgeResult, type LogEntry, type LogLevel } from '#shared/bridge';
import { describeForLog, redactText, redactValue } from '#shared/diagnostics/redact';

/** Under the user-data folder. electron-log renames a full main.log to main.old.log (one generation). */
export const LOG_FOLDER = 'logs';
export const LOG_FILE = 'main.log';
export const OLD_LOG_FILE = 'main.old.log';
/** Two files of 1 MiB at most: months of an office's normal use, never a full disk. */
export const MAX_LOG_BYTES = 1024 * 1024;
/** How many of the newest lines a diagnostic file carries. */
export const RECENT_LOG_LINES = 400;

export interface LogSink {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

const levels: readonly LogLevel[] = ['info', 'warn', 'error'];

/** The page is not trusted: a level it may use, a string, cut to length, redacted again. Anything else is dropped. */
export function checkLogEntry(input: unknown): LogEntry | null {
  if (typeof input !== 'object' || input === null) return null;
  const { level, message } = input as Record<string, unknown>;
  if (typeof level !== 'string' || !levels.includes(level as LogLevel) || typeof message !== 'string') return null;
  return { level: level as LogLevel, message: redactText(message.slice(0, MAX_LOG_MESSAGE)) };
}

/** What the log file is given, redacted item by item: main's own lines pass here as the page's do. */
export function redactLogData(data: readonly unknown[]): unknown[] {
  return data.map((item) => (typeof item === 'string' ? redactText(item) : item instanceof Error ? describeForLog(item) : redactValue(item)));
}

/** The last `count` non-empty lines of the files' texts taken in order (oldest file first). */
export function lastLines(texts: readonly string[], count: number): string[] {
  const lines = texts.flatMap((text) => text.split(/\r?\n/)).filter((line) => line.trim() !== '');
  return lines.slice(Math.max(0, lines.length - count));
}

export interface AppLogDeps {
  sink: LogSink;
  /** Oldest first: main.old.log, main.log. */
  files: readonly string[];
  readFile(path: string): Promise<string>;
}

export interface AppLog {
  /** A line from the page (already checked), marked as the page's. */
  writeFromPage(entry: LogEntry): void;
  recent(): Promise<BridgeResult<string[]>>;
}

export function createAppLog(deps: AppLogDeps): AppLog {
  return {
    writeFromPage(entry) {
      deps.sink[entry.level](`[页面] ${entry.message}`);
    },
    async recent() {
      // A file not there yet (first start, never rotated) is simply empty.
      const texts = await Promise.all(deps.files.map((file) => deps.readFile(file).catch(() => '')));
      // Redacted on the way out as well: a line written by an older version is held to today's rules.
      return { ok: true, value: lastLines(texts, RECENT_LOG_LINES).map((line) => redactText(line)) };
    },
  };
}
