import { createContext, use, type ReactNode } from 'react';
import type { DraftStorage } from './draft-storage';

const noDrafts: DraftStorage = { load: () => Promise.resolve(null), save: () => Promise.resolve(), clear: () => undefined };
const DraftStorageContext = createContext<DraftStorage>(noDrafts);

/** Without a provider, forms simply keep no drafts. */
export const useDraftStorage = (): DraftStorage => use(DraftStorageContext);

export function DraftStorageProvider({ storage, children }: { storage: DraftStorage; children: ReactNode }) {
  return <DraftStorageContext value={storage}>{children}</DraftStorageContext>;
}
