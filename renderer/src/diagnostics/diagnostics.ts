// What main.tsx makes once per page for when things go wrong: the logger, and 导出诊断信息 — gather
// the facts, build the zip (diagnostic-zip.ts), and hand it to the bridge's save dialog (desktop) or
// download (web). The settings page passes what the running app knows; the error page passes nothing.
import type { BridgeResult, KeyProtection, SavedFile, TaizhangBridge } from '#shared/bridge';
import { describeForLog } from '#shared/diagnostics/redact';
import type { DeviceSettings } from '../store/contract';
import type { SyncEnrollment, SyncStatus } from '../sync/contract';
import { buildDiagnosticZip, diagnosticFileName } from './diagnostic-zip';
import { createLogger, type Logger } from './logger';

export interface RunningFacts {
  keyProtection?: KeyProtection;
  settings?: DeviceSettings;
  sync?: { status: SyncStatus; enrollment: SyncEnrollment | null };
  failure?: string;
}

export interface Diagnostics {
  log: Logger;
  exportFile(facts?: RunningFacts): Promise<BridgeResult<SavedFile>>;
}

type DiagnosticsBridge = Pick<TaizhangBridge, 'appInfo' | 'readRecentLog' | 'saveFile' | 'writeLog' | 'getDataKey' | 'getSyncSecrets'>;

/** Secrets this PC holds, to be sure none reaches the file even if a log line carried one. */
async function knownSecrets(bridge: DiagnosticsBridge): Promise<string[]> {
  const [key, secrets] = await Promise.all([bridge.getDataKey().catch(() => null), bridge.getSyncSecrets().catch(() => null)]);
  return [
    key?.ok ? key.value.key : '',
    secrets?.ok ? secrets.value?.token ?? '' : '',
    secrets?.ok ? secrets.value?.idHashKey ?? '' : '',
  ].filter(Boolean);
}

export function createDiagnostics(bridge: DiagnosticsBridge, clock: () => Date): Diagnostics {
  const log = createLogger((entry) => bridge.writeLog(entry));
  return {
    log,
    async exportFile(facts = {}) {
      const exportedAt = clock();
      const [app, recent, secrets] = await Promise.all([
        bridge.appInfo(),
        bridge.readRecentLog().catch((error: unknown) => ({ ok: false as const, error: { code: 'LOG_UNREADABLE', message: describeForLog(error) } })),
        knownSecrets(bridge),
      ]);
      const known = [...secrets, facts.settings?.operatorName.trim() ?? '', facts.sync?.enrollment?.deviceName ?? ''].filter(Boolean);
      const zip = buildDiagnosticZip(
        {
          app,
          exportedAt,
          keyProtection: facts.keyProtection,
          settings: facts.settings,
          sync: facts.sync,
          logLines: recent.ok ? recent.value : null,
          logProblem: recent.ok ? undefined : recent.error.message,
          failure: facts.failure,
        },
        known,
      );
      const saved = await bridge.saveFile({ suggestedName: diagnosticFileName(exportedAt), contents: zip, filters: [{ name: '诊断信息压缩包', extensions: ['zip'] }] });
      if (saved.ok && saved.value.savedTo !== null) log.info('已导出诊断信息');
      return saved;
    },
  };
}
