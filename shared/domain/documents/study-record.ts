// 学法记录 (the group-study archive keeps minutes and attendance [W31][W32]; the ledger fields of the 学法 plan [W29]
// in docs/domain.md): the form of study, the meeting, date, place and hours, the organiser and the lecturer, the
// laws studied by name, who took part, and what was studied; the recorder signs. A law the device's reference data
// does not name is refused rather than printed as its code.
import { studyFieldLabels } from '../fields/study-session';
import { studyKindLabels } from '../labels';
import type { StudySession } from '../schemas/study-session';
import type { DocumentContext, DocumentDescription, DocumentFill } from './document';
import { dateText } from './format';
import { MissingList } from './missing';
import { referenceNameOf } from './reference-name';

type StudySource = Pick<StudySession, 'heldOn' | 'kind' | 'meetingName' | 'organiser' | 'topic' | 'lawIds' | 'lecturer' | 'place' | 'hours' | 'participants' | 'summary'>;

function fill(record: StudySource, context: DocumentContext): DocumentFill {
  const missing = new MissingList(studyFieldLabels);
  const organiser = missing.text(record.organiser, 'organiser');
  const topic = missing.text(record.topic, 'topic');
  const lecturer = missing.text(record.lecturer, 'lecturer');
  const place = missing.text(record.place, 'place');
  const laws = record.lawIds.map((id) => referenceNameOf(id, context, missing, studyFieldLabels.lawIds ?? '所学法律法规', 'lawIds'));
  const names = missing.names(record.participants.map((participant) => participant.name), 'participants');
  const summary = missing.text(record.summary, 'summary');
  const meeting = record.meetingName?.trim();
  return {
    missing: missing.items,
    fields: {
      organiser,
      topic,
      kind: studyKindLabels[record.kind],
      meetings: meeting ? [{ line: meeting }] : [],
      heldOn: dateText(record.heldOn),
      place,
      hours: `${record.hours}小时`,
      lecturer,
      lawLines: laws.length > 0 ? [{ line: laws.map((law) => `《${law}》`).join('、') }] : [],
      participants: `${names.join('、')}（共${names.length}人）`,
      summary,
    },
  };
}

export const studyRecordDocument: DocumentDescription<StudySource> = {
  id: 'study-record',
  title: '学法记录',
  template: 'study-record.docx',
  fill,
};
