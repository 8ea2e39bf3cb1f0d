// Where 设置 and 工作台 get backups from: the app's (boot.ts, provided by <App>); null in tests without it.
import { createContext, use } from 'react';
import type { BackupService } from './backup-service';

const BackupContext = createContext<BackupService | null>(null);

export const BackupProvider = BackupContext.Provider;

export const useBackup = (): BackupService | null => use(BackupContext);
