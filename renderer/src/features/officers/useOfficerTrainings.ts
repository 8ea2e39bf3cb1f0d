// Trainings an officer attended: study sessions whose participants carry the officer's id. No index
// covers participants, so this walks the newest study sessions in pages up to a bound and says when
// it stopped short (a township holds far fewer sessions than the bound).
import { useCallback } from 'react';
import type { StudySession } from '#shared/domain/schemas/study-session';
import { useAppStore } from '../../app/store-context';
import { useAsync } from '../../components/async/useAsync';
import type { AppStore } from '../../store/contract';

export const TRAINING_SCAN_PAGE = 250;
export const TRAINING_SCAN_LIMIT = 2000;

export interface OfficerTrainings {
  sessions: StudySession[];
  /** How many study sessions were looked at. */
  scanned: number;
  /** False when older sessions exist beyond the bound and were not looked at. */
  complete: boolean;
}

export async function findOfficerTrainings(store: AppStore, officerId: string): Promise<OfficerTrainings> {
  const sessions: StudySession[] = [];
  let scanned = 0;
  let after: string | undefined;
  do {
    const page = await store.ledger.list('studySession', { pageSize: TRAINING_SCAN_PAGE, after });
    scanned += page.rows.length;
    sessions.push(...page.rows.filter((session) => session.participants.some((participant) => participant.officerId === officerId)));
    after = page.nextCursor;
  } while (after !== undefined && scanned < TRAINING_SCAN_LIMIT);
  return { sessions, scanned, complete: after === undefined };
}

export function useOfficerTrainings(officerId: string) {
  const store = useAppStore();
  const load = useCallback(() => findOfficerTrainings(store, officerId), [store, officerId]);
  return useAsync(load);
}
