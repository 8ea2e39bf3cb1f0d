// What every 基础数据 section shares: who changed an entry and when (shown to townships), and a changed
// copy of an entry stamped with the county official and the time.
import type { Actor } from '../../store/contract';
import type { ReferenceData } from '#shared/domain/schemas/index';

export const changedByText = (entry: ReferenceData): string =>
  `${entry.updatedBy.person} · ${new Date(entry.updatedAt).toLocaleString('zh-CN', { hour12: false })}`;

export type EntryChanges = Partial<Pick<ReferenceData, 'active' | 'details' | 'name'>>;

export const changedEntry = (entry: ReferenceData, changes: EntryChanges, actor: Actor, at: Date): ReferenceData => ({
  ...entry,
  ...changes,
  updatedAt: at.toISOString(),
  updatedBy: { ...actor },
});
