// After the agreement (decision 017): the return visit once the 履行期限 has passed (人民调解法 art. 31: the
// committee supervises performance), and the 卷宗 (art. 27: 立卷归档) with its number, keeping period and
// documents. The 30 days to archive and the documents a file needs follow the county's practice and the
// local 卷宗 template, not a national rule.
import { archiveDueOn } from '../deadlines/periods';
import type { Draft } from '../draft';
import { archiveDocumentLabels, archiveKeepingPeriodLabels } from '../labels';
import { mediationCaseSchema, type ArchiveDocument } from '../schemas/mediation-case';
import type { RuleContext } from './context';
import type { IssueList } from './shape';
import { checkDate, checkEnum, checkText, isBlank, listOf } from './shape';

type MediationDraft = Draft<'mediationCase'>;
const archiveProps = mediationCaseSchema.properties.archive.properties;
const closedStatuses = new Set(['succeeded', 'failed', 'terminated']);

export function checkAftercare(issues: IssueList, draft: MediationDraft, context: RuleContext): void {
  checkReturnVisit(issues, draft, context);
  checkArchive(issues, draft, context);
}

function checkReturnVisit(issues: IssueList, draft: MediationDraft, context: RuleContext): void {
  const deadline = draft.agreement?.performanceDeadline;
  if (draft.status !== 'succeeded' || typeof deadline !== 'string' || deadline === '' || deadline >= context.today) return;
  if (listOf(draft.returnVisits).some((visit) => typeof visit.date === 'string' && visit.date >= deadline)) return;
  issues.warning('MED_RETURN_VISIT_MISSING', `履行期限${deadline}已过，尚无此后的回访记录：人民调解委员会应当对调解协议的履行情况进行监督（人民调解法第三十一条），请回访并记录履行情况`, 'returnVisits');
}

/** The documents a 卷宗 of this case should hold, from what the case records. */
export function requiredArchiveDocuments(draft: MediationDraft): ArchiveDocument[] {
  const documents: ArchiveDocument[] = ['application', 'rightsNotice', 'identity'];
  if (listOf(draft.sessions).length > 0) documents.push('sessionRecords');
  if (draft.agreement?.form === 'written') documents.push('agreement');
  if (listOf(draft.returnVisits).length > 0) documents.push('returnVisits');
  if (draft.judicialConfirmation) documents.push('judicialConfirmation');
  documents.push('closingReport');
  return documents;
}

function checkArchive(issues: IssueList, draft: MediationDraft, context: RuleContext): void {
  const archive = draft.archive;
  const closedOn = closedStatuses.has(draft.status) && typeof draft.closedOn === 'string' && draft.closedOn !== '' ? draft.closedOn : undefined;
  const archivedOn = checkDate(issues, archive?.archivedOn, 'archive.archivedOn', '归档日期', { notAfter: context.today });
  checkText(issues, archive?.volumeNumber, 'archive.volumeNumber', '卷号', { maxLength: archiveProps.volumeNumber.maxLength });
  checkEnum(issues, archive?.keepingPeriod, archiveKeepingPeriodLabels, 'archive.keepingPeriod', '保管期限', false);
  if (!archivedOn) {
    if (closedOn && archiveDueOn(closedOn) < context.today) {
      issues.warning('MED_ARCHIVE_LATE', `案件已于${closedOn}结案，超过30日仍未立卷归档：调解登记、调解工作记录、调解协议书等材料应当立卷归档（人民调解法第二十七条；30日为本县做法），请填写卷号、保管期限和归档日期`, 'archive.archivedOn');
    }
    return;
  }
  if (!closedOn) {
    issues.error('MED_ARCHIVED_BEFORE_CLOSED', '案件尚未结案，不能归档：请先填写办理结果和结案日期，或清除归档日期', 'archive.archivedOn');
  } else if (archivedOn < closedOn) {
    issues.error('MED_ARCHIVED_BEFORE_CLOSED', `归档日期${archivedOn}早于结案日期${closedOn}，请核对`, 'archive.archivedOn');
  }
  if (isBlank(archive?.volumeNumber)) issues.error('MED_ARCHIVE_INCOMPLETE', '已归档的卷宗须有卷号（如“（2026）人调字第12号”），请填写', 'archive.volumeNumber');
  if (isBlank(archive?.keepingPeriod)) issues.error('MED_ARCHIVE_INCOMPLETE', '已归档的卷宗须确定保管期限，请选择', 'archive.keepingPeriod');
  const held = new Set(listOf(archive?.documents));
  for (const document of requiredArchiveDocuments(draft)) {
    if (!held.has(document)) {
      issues.warning('MED_ARCHIVE_DOCUMENT_MISSING', `卷宗缺少“${archiveDocumentLabels[document]}”（人民调解法第二十七条；卷宗目录按本地卷宗模板），请补入卷宗后勾选`, 'archive.documents');
    }
  }
}
