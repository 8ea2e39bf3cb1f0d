// The study-session form's shape and its two-way conversion with the record. Numbers are undefined
// while their box is empty; the shared rules name what is missing.
import type { Draft } from '#shared/domain/draft';
import type { StudySession } from '#shared/domain/schemas/index';
import { PUBLIC_LEGAL_EDUCATION, type StudyKind } from '#shared/domain/schemas/study-session';

export interface ParticipantValues {
  name: string;
  /** The officer record this participant is, or '' (trainings then count per officer). */
  officerId: string;
  examScore?: number;
}

export interface StudyFormValues {
  heldOn: string;
  kind: StudyKind;
  meetingName: string;
  organiser: string;
  topic: string;
  /** Ids of the law catalogue (referenceData 'law:…'). */
  lawIds: string[];
  lecturer: string;
  place: string;
  hours?: number;
  participants: ParticipantValues[];
  summary: string;
  /** 普法活动 only (decision 037): 普法对象 and 受众人数; kept while another kind is chosen, saved only with 普法活动. */
  audience: string;
  peopleReached?: number;
  /** Not edited here; carried through so saving keeps them. */
  attachments: StudySession['attachments'];
}

export const newParticipant = (): ParticipantValues => ({ name: '', officerId: '' });

export function newStudyValues(organiser: string, today: string): StudyFormValues {
  return {
    heldOn: today, kind: 'preMeeting', meetingName: '', organiser, topic: '', lawIds: [], lecturer: '', place: '',
    participants: [], summary: '', audience: '', attachments: [],
  };
}

export function studyValuesOf(record: StudySession): StudyFormValues {
  return {
    heldOn: record.heldOn, kind: record.kind, meetingName: record.meetingName ?? '', organiser: record.organiser,
    topic: record.topic, lawIds: [...record.lawIds], lecturer: record.lecturer, place: record.place ?? '', hours: record.hours,
    participants: record.participants.map((participant) => ({
      name: participant.name, officerId: participant.officerId ?? '',
      ...(participant.examScore === undefined ? {} : { examScore: participant.examScore }),
    })),
    summary: record.summary ?? '', audience: record.audience ?? '',
    ...(record.peopleReached === undefined ? {} : { peopleReached: record.peopleReached }),
    attachments: record.attachments,
  };
}

const optionalText = <F extends string>(field: F, value: string): Partial<Record<F, string>> =>
  (value.trim() ? { [field]: value.trim() } : {}) as Partial<Record<F, string>>;

export function studyDraftOf(values: StudyFormValues): Draft<'studySession'> {
  return {
    heldOn: values.heldOn,
    kind: values.kind,
    ...optionalText('meetingName', values.meetingName),
    organiser: values.organiser.trim(),
    topic: values.topic.trim(),
    lawIds: values.lawIds,
    lecturer: values.lecturer.trim(),
    ...optionalText('place', values.place),
    // An empty box goes to the rules as "no number", which they refuse with a message naming 学习时长.
    hours: values.hours as number,
    participants: values.participants.map((participant) => ({
      name: participant.name.trim(),
      ...optionalText('officerId', participant.officerId),
      ...(participant.examScore === undefined ? {} : { examScore: participant.examScore }),
    })),
    ...optionalText('summary', values.summary),
    // Only a 普法活动 reaches the public; the rules name 受众人数 when the box is empty.
    ...(values.kind === PUBLIC_LEGAL_EDUCATION
      ? { ...optionalText('audience', values.audience), ...(values.peopleReached === undefined ? {} : { peopleReached: values.peopleReached }) }
      : {}),
    attachments: values.attachments,
  };
}

/** Where an issue about the record shows up in the form: a law's issue belongs to the law picker. */
export function studyFormFieldOf(recordPath: string): string {
  if (/^lawIds\.\d+$/.test(recordPath)) return 'lawIds';
  return recordPath;
}
