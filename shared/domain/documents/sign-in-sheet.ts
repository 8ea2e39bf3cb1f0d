// 学法签到表: the blank sheet printed before the session for those attending to sign (the group-study archive keeps
// the attendance [W32] in docs/domain.md; a signed sheet is attached back to the record as 签到表). The session's
// title, date and place, the organiser, and empty rows for 姓名 / 单位 / 签名. The record holds the date of the
// session, not its hour, so the time printed is the date.
import { studyFieldLabels } from '../fields/study-session';
import type { StudySession } from '../schemas/study-session';
import type { DocumentContext, DocumentDescription, DocumentFill } from './document';
import { dateText } from './format';
import { MissingList } from './missing';

type SheetSource = Pick<StudySession, 'heldOn' | 'organiser' | 'topic' | 'place'>;

function fill(record: SheetSource, _context: DocumentContext): DocumentFill {
  const missing = new MissingList(studyFieldLabels);
  const topic = missing.text(record.topic, 'topic');
  const place = missing.text(record.place, 'place');
  const organiser = missing.text(record.organiser, 'organiser');
  return { missing: missing.items, fields: { topic, heldOn: dateText(record.heldOn), place, organiser } };
}

export const signInSheetDocument: DocumentDescription<SheetSource> = {
  id: 'sign-in-sheet',
  title: '学法签到表',
  template: 'sign-in-sheet.docx',
  fill,
};
