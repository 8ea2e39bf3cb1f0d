// 学法 figures of a set of sessions: how many were held (by form), the laws studied (distinct catalogue
// entries) and the attendance, as 参学人数 (distinct names) and 参学人次 (one per person per session).
// 普法活动 (decision 037) teach the public, not the unit's staff: they are counted apart, as activities and
// the people they reached (谁执法谁普法, the county plan's (十二)), and left out of every 学法 figure.
import { PUBLIC_LEGAL_EDUCATION, type StudyKind, type StudySession } from '../schemas/study-session';
import { countBy, sumOf } from './tally';

export type StudyFacts = Pick<StudySession, 'townshipId' | 'heldOn' | 'kind' | 'lawIds' | 'hours' | 'peopleReached'>
  & { participants: readonly Pick<StudySession['participants'][number], 'name'>[] };

/** The facts of one session the figures read. */
export const studyFactsOf = ({ townshipId, heldOn, kind, lawIds, hours, participants, peopleReached }: StudySession): StudyFacts => ({
  townshipId, heldOn, kind, lawIds: [...lawIds], hours, participants: participants.map(({ name }) => ({ name })),
  ...(peopleReached === undefined ? {} : { peopleReached }),
});

/** 普法活动 of the period: how many, and the people they reached (受众人数 summed). */
export interface PublicLegalEducationFigures {
  activities: number;
  peopleReached: number;
}

export interface StudyFigures {
  /** 学法 sessions: every kind but 普法活动. */
  sessions: number;
  byKind: Readonly<Partial<Record<Exclude<StudyKind, typeof PUBLIC_LEGAL_EDUCATION>, number>>>;
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
  publicLegalEducation: PublicLegalEducationFigures;
}

export function studyFigures(records: readonly StudyFacts[]): StudyFigures {
  const activities = records.filter((record) => record.kind === PUBLIC_LEGAL_EDUCATION);
  const sessions = records.filter((record) => record.kind !== PUBLIC_LEGAL_EDUCATION);
  const names = new Set(sessions.flatMap((session) => session.participants.map((participant) => participant.name.trim()).filter(Boolean)));
  return {
    sessions: sessions.length,
    byKind: countBy(sessions, (session) => session.kind),
    lawsStudied: new Set(sessions.flatMap((session) => session.lawIds)).size,
    lawsStudiedBeforeMeetings: new Set(sessions.filter((session) => session.kind === 'preMeeting').flatMap((session) => session.lawIds)).size,
    persons: names.size,
    personTimes: sumOf(sessions, (session) => session.participants.length),
    hours: sumOf(sessions, (session) => session.hours),
    publicLegalEducation: { activities: activities.length, peopleReached: sumOf(activities, (activity) => activity.peopleReached) },
  };
}
