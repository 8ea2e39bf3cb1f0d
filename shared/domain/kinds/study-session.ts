// 学法记录: a study session as the generic parts of the app see it (description.ts). It has no statutory
// clock; the yearly plan counts it (figures/year-figures.ts).
import { personNameTerms, personTokens, textTokens } from '../derive/search-terms';
import { validateStudySession } from '../rules/study';
import type { StudySession } from '../schemas/study-session';
import type { LedgerKindDescription } from './description';
import { studyFactsOf } from '../statistics/study-statistics';
import { statisticsSource } from '../statistics/statistics-source';
import { studyFieldLabels, studyValueLabels } from '../fields/study-session';
import { signInSheetDocument } from '../documents/sign-in-sheet';
import { studyRecordDocument } from '../documents/study-record';
import { studyLedgerColumns } from '../ledger-export/study-columns';
import { studyImport } from '../ledger-import/study-import';

export const studySessionKind = {
  kind: 'studySession',
  label: '学法记录',
  path: '/study',
  listOrder: 'newestFirst',
  listDate: (record: Pick<StudySession, 'heldOn'>) => record.heldOn,
  searchTerms: (record: Pick<StudySession, 'topic' | 'lecturer' | 'organiser' | 'meetingName'>) =>
    [record.topic, record.meetingName, record.organiser, ...personNameTerms(record.lecturer)],
  searchTokens: (record) =>
    [...textTokens(record.topic), ...textTokens(record.meetingName), ...textTokens(record.organiser), ...personTokens(record.lecturer)],
  title: (record) => `${record.heldOn} ${record.topic}`,
  fields: { labels: studyFieldLabels, values: studyValueLabels },
  validate: validateStudySession,
  documents: [signInSheetDocument, studyRecordDocument],
  attachmentPurposes: ['签到表', '会议照片', '学习材料', '考试试卷', '其他'],
  ledgerColumns: studyLedgerColumns,
  ledgerImport: studyImport,
  statistics: statisticsSource('study', studyFactsOf),
} satisfies LedgerKindDescription<'studySession'>;
