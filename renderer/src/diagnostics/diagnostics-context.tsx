// The page's diagnostics (logger and 导出诊断信息), made once in main.tsx.
import { createContext, use } from 'react';
import type { Diagnostics } from './diagnostics';

const DiagnosticsContext = createContext<Diagnostics | null>(null);

export const DiagnosticsProvider = DiagnosticsContext.Provider;

/** null outside the app (component tests that do not provide it). */
export const useDiagnostics = (): Diagnostics | null => use(DiagnosticsContext);
