// 学法 figures of a set of sessions: how many were held (by form), the laws studied (distinct catalogue
// entries) and the attendance, as 参学人数 (distinct names) and 参学人次 (one per person per session).
import type { StudyKind, StudySession } from '../schemas/study-session';
import { countBy, sumOf } from './tally';

export type StudyFacts = Pick<StudySession, 'townshipId' | 'heldOn' | 'kind' | 'lawIds' | 'hours'>
  & { participants: readonly Pick<StudySession['participants'][number], 'name'>[] };

/** The facts of one session the figures read. */
export const studyFactsOf = ({ townshipId, heldOn, kind, lawIds, hours, participants }: StudySession): StudyFacts => ({
  townshipId, heldOn, kind, lawIds: [...lawIds], hours, participants: participants.map(({ name }) => ({ name })),
});

export interface StudyFigures {
  sessions: number;
  byKind: Readonly<Partial<Record<StudyKind, number>>>;
  /** Distinct laws of the county's catalogue studied in the period. */
  lawsStudied: number;
  /** Distinct laws studied in 会前学法 sessions: the plan's ≥ 20 a year (the county's view, decision 026). */
  lawsStudiedBeforeMeetings: number;
  /** Distinct participants by name (trimmed). */
  persons: number;
  /** Participants summed over the sessions. */
  personTimes: number;
  /** Hours of study summed over the sessions. */
  hours: number;
}

export function studyFigures(sessions: readonly StudyFacts[]): StudyFigures {
  const names = new Set(sessions.flatMap((session) => session.participants.map((participant) => participant.name.trim()).filter(Boolean)));
  return {
    sessions: sessions.length,
    byKind: countBy(sessions, (session) => session.kind),
    lawsStudied: new Set(sessions.flatMap((session) => session.lawIds)).size,
    lawsStudiedBeforeMeetings: new Set(sessions.filter((session) => session.kind === 'preMeeting').flatMap((session) => session.lawIds)).size,
    persons: names.size,
    personTimes: sumOf(sessions, (session) => session.participants.length),
    hours: sumOf(sessions, (session) => session.hours),
  };
}
