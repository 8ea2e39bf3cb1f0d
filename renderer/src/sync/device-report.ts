// Tells the county server what only this PC knows — its 待同步 count and its app version — whenever the
// count changed (decision 026). One report at a time; a failed one is sent again at the next count, so a
// PC offline for a week reports its waiting records once it is back. An app version the server would
// refuse (not letters, digits, . + - _) is not sent at all rather than sent again and again.
import { APP_VERSION_PATTERN, syncPaths, type DeviceReport } from '#shared/sync/index';
import type { SyncHttp } from './server-api';

export interface DeviceReporter {
  /** The leading tab counted `waiting` records: report it unless the server already has it. */
  counted(waiting: number): void;
  stop(): Promise<void>;
}

export function createDeviceReporter(http: Pick<SyncHttp, 'json'>, appVersion: string | undefined): DeviceReporter {
  const usable = appVersion !== undefined && APP_VERSION_PATTERN.test(appVersion);
  let reported: number | undefined;
  let wanted: number | undefined;
  let sending: Promise<void> | undefined;
  let stopped = false;

  const sendLatest = async (): Promise<void> => {
    while (!stopped && wanted !== undefined && wanted !== reported && usable) {
      const report: DeviceReport = { waiting: wanted, appVersion };
      try {
        await http.json(syncPaths.deviceReport, { method: 'POST', body: report });
        reported = report.waiting;
      } catch {
        // Offline or refused: the next count tries again; sync itself shows the failure.
        return;
      }
    }
  };

  return {
    counted(waiting) {
      if (!usable || stopped) return;
      wanted = waiting;
      sending ??= sendLatest().finally(() => {
        sending = undefined;
      });
    },
    async stop() {
      stopped = true;
      await sending;
    },
  };
}
