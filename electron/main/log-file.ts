// The rotating log file in the user-data folder (docs/decisions/034), written by electron-log. Its Node
// flavour is used on purpose: electron-log's Electron flavour opens IPC channels of its own, and the page
// logs through the one bridge instead. Every line is redacted before it is written (a hook), and uncaught
// errors of the main process are logged, not shown as electron-log's dialog.
import { join } from 'node:path';
import log from 'electron-log/node';
import { LOG_FILE, LOG_FOLDER, MAX_LOG_BYTES, OLD_LOG_FILE, redactLogData, type LogSink } from './app-log';

export interface LogFile {
  sink: LogSink;
  folder: string;
  /** Oldest first, as createAppLog reads them. */
  files: string[];
}

export interface LogFileOptions {
  userData: string;
  /** Mirror to the terminal while developing. */
  toConsole: boolean;
  maxBytes?: number;
}

export function startLogFile(options: LogFileOptions): LogFile {
  const folder = join(options.userData, LOG_FOLDER);
  log.transports.file.resolvePathFn = () => join(folder, LOG_FILE);
  log.transports.file.maxSize = options.maxBytes ?? MAX_LOG_BYTES;
  log.transports.file.level = 'info';
  log.transports.console.level = options.toConsole ? 'info' : false;
  log.hooks.push((message) => ({ ...message, data: redactLogData(message.data) }));
  log.errorHandler.startCatching({ showDialog: false });
  return {
    sink: { info: (message) => log.info(message), warn: (message) => log.warn(message), error: (message) => log.error(message) },
    folder,
    files: [join(folder, OLD_LOG_FILE), join(folder, LOG_FILE)],
  };
}
