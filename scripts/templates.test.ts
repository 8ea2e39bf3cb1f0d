// The shipped templates (resources/templates, made by make-templates.ts) read back: every placeholder is a field
// its document's fill produces and every field the fill produces is printed, and a filled template holds the
// record's words where the form puts them.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Docxtemplater from 'docxtemplater';
import InspectModule from 'docxtemplater/js/inspect-module.js';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import type { DocumentContext, DocumentFields } from '#shared/domain/documents/index';
import { fillTemplate, templateOptions, TemplateFieldError } from '#shared/domain/documents/fill-template';
import { mediationAgreementDocument } from '#shared/domain/documents/mediation-agreement';
import { mediationApplicationDocument } from '#shared/domain/documents/mediation-application';
import { penaltyDecisionDocument } from '#shared/domain/documents/penalty-decision';
import { penaltyNoticeDocument } from '#shared/domain/documents/penalty-notice';
import { rightsNoticeDocument } from '#shared/domain/documents/rights-notice';
import { sessionRecordDocument } from '#shared/domain/documents/session-record';
import { closingReportDocument } from '#shared/domain/documents/closing-report';
import { filingApprovalDocument } from '#shared/domain/documents/filing-approval';
import { legalReviewDocument } from '#shared/domain/documents/legal-review';
import { mediationRegistrationDocument } from '#shared/domain/documents/mediation-registration';
import { returnVisitDocument } from '#shared/domain/documents/return-visit';
import { serviceReceiptDocument } from '#shared/domain/documents/service-receipt';
import { signInSheetDocument } from '#shared/domain/documents/sign-in-sheet';
import { spotPenaltyDecisionDocument } from '#shared/domain/documents/spot-penalty-decision';
import { studyRecordDocument } from '#shared/domain/documents/study-record';
import { enforcementDraft, mediationDraft, studyDraft } from '#shared/domain/rules/test-fixtures';
import type { StudySession } from '#shared/domain/schemas/study-session';
import type { EnforcementCase } from '#shared/domain/schemas/enforcement-case';
import type { MediationCase } from '#shared/domain/schemas/mediation-case';
import { shippedTemplates } from './templates/index';

const context: DocumentContext = {
  townshipName: '忠仁镇', committeeName: '忠仁镇人民调解委员会', today: '2026-10-20', showPersonal: true,
  referenceNames: { 'disputeType:linli': '邻里纠纷', 'law:xingzheng-chufa-fa': '中华人民共和国行政处罚法' },
};
const read = (name: string) => new Uint8Array(readFileSync(resolve(import.meta.dirname, '../resources/templates', name)));

const mediation = { ...mediationDraft(), caseNumber: '〔2026〕忠仁调字第12号', claims: '请求调解排水纠纷' } as MediationCase;
const enforcement = (() => {
  const draft = enforcementDraft();
  return {
    ...draft, caseNumber: '忠仁综执〔2026〕3号', personal: { ...draft.personal, address: '忠仁镇红星村' },
    notice: { proposedContent: '拟罚款伍佰元', proposedFine: 500 },
    legalReview: { reviewedOn: '2026-09-25', reviewer: '赵法审', opinion: 'approve', note: '事实清楚，证据确凿' },
  } as EnforcementCase;
})();
const spot = {
  ...enforcement, procedure: 'simple', stages: { filedOn: '2026-09-01', notifiedOn: '2026-09-01', decidedOn: '2026-09-01' },
  decision: { outcome: 'penalty', content: '罚款壹佰元', fineAmount: 100, documentNumber: '忠仁当罚〔2026〕0007号', remedies: '六十日内申请行政复议', place: '忠仁镇红星村村口' },
} as EnforcementCase;
const study = { ...studyDraft(), place: '镇政府三楼会议室', summary: '逐条学习行政处罚法第五章' } as StudySession;

const documents = [
  { name: mediationAgreementDocument.template, fields: mediationAgreementDocument.fill(mediation, context).fields },
  { name: penaltyDecisionDocument.template, fields: penaltyDecisionDocument.fill(enforcement, context).fields },
  { name: penaltyNoticeDocument.template, fields: penaltyNoticeDocument.fill(enforcement, context).fields },
  { name: rightsNoticeDocument.template, fields: rightsNoticeDocument.fill(mediation, context).fields },
  { name: sessionRecordDocument.template, fields: sessionRecordDocument.fill(mediation, context).fields },
  { name: mediationApplicationDocument.template, fields: mediationApplicationDocument.fill(mediation, context).fields },
];

/** The forms of decision 024, each with words a filled one must hold (its record's and its own). */
const moreForms = [
  { name: mediationRegistrationDocument.template, fields: mediationRegistrationDocument.fill(mediation, context).fields,
    words: ['人民调解受理登记表', '受理日期：2026年10月12日', '纠纷类型：邻里纠纷', '案件来源：当事人申请', '申请人：刘一，男，52岁', '两户因院墙排水问题发生争执', '（陈二）', '登记人（签名）', '忠仁镇人民调解委员会（盖章）'] },
  { name: returnVisitDocument.template, fields: returnVisitDocument.fill(mediation, context).fields,
    words: ['人民调解回访记录', '当事人：申请人刘一、被申请人陈二', '协议编号：〔2026〕忠仁调字第12号', '回访事由：了解调解协议的履行情况', '第一次回访', '回访时间：2026年11月18日', '履行情况：已履行。排水口已改建，双方满意', '回访人（签名）：＿＿＿＿＿＿＿＿（张调解）'] },
  { name: closingReportDocument.template, fields: closingReportDocument.fill(mediation, context).fields,
    words: ['人民调解结案报告表', '受案时间：2026年10月12日', '结案时间：2026年10月15日', '案件来源：当事人申请', '申请人：刘一，联系电话：13912345678，住址：忠仁镇忠仁村', '调解结果：调解成功', '人民调解员：张调解', '忠仁镇人民调解委员会（盖章）'] },
  { name: filingApprovalDocument.template, fields: filingApprovalDocument.fill(enforcement, context).fields,
    words: ['立案审批表', '案号：忠仁综执〔2026〕3号', '案由：露天焚烧秸秆', '当事人：马九', '住址：忠仁镇红星村', '涉嫌违反的规定及处罚依据：《中华人民共和国大气污染防治法》', '立案日期：2026年9月1日', '负责人审批意见', '忠仁镇人民政府（盖章）'] },
  { name: legalReviewDocument.template, fields: legalReviewDocument.fill(enforcement, context).fields,
    words: ['法制审核意见书', '当事人：马九', '拟作出的决定：罚款伍佰元', '审核意见：同意', '事实清楚，证据确凿', '审核人（签名）：＿＿＿＿＿＿＿＿（赵法审）', '2026年9月25日'] },
  { name: serviceReceiptDocument.template, fields: serviceReceiptDocument.fill(enforcement, context).fields,
    words: ['送达回证', '送达文书名称及文号：行政处罚决定书（忠仁综执罚决〔2026〕3号）', '受送达人：马九', '送达地点：忠仁镇红星村', '送达方式', '受送达人（签名或盖章）', '忠仁镇人民政府（盖章）'] },
  { name: spotPenaltyDecisionDocument.template, fields: spotPenaltyDecisionDocument.fill(spot, context).fields,
    words: ['当场行政处罚决定书', '编号：忠仁当罚〔2026〕0007号', '当事人：马九', '违法行为：露天焚烧秸秆', '处罚种类和内容：罚款壹佰元', '百分之三',
      '十五日内，到指定的银行', '处罚时间：2026年9月1日', '处罚地点：忠仁镇红星村村口', '六十日内申请行政复议', '执法人员签名', '执法证号', '当事人签收', '忠仁镇人民政府（盖章）', '报所属行政机关备案'] },
  { name: studyRecordDocument.template, fields: studyRecordDocument.fill(study, context).fields,
    words: ['学法记录', '学习主题：学习行政处罚法', '学习形式：会前学法', '会议名称：第12次镇政府常务会议', '学习时间：2026年6月12日', '学习地点：镇政府三楼会议室', '所学法律法规：《中华人民共和国行政处罚法》', '参加人员：镇长、副镇长（共2人）', '逐条学习行政处罚法第五章', '记录人（签名）'] },
  { name: signInSheetDocument.template, fields: signInSheetDocument.fill(study, context).fields,
    words: ['学法签到表', '学习主题：学习行政处罚法', '学习时间：2026年6月12日', '学习地点：镇政府三楼会议室', '组织单位：忠仁镇人民政府', '序号', '姓名', '单位', '签名'] },
];
documents.push(...moreForms);

/** The shape docxtemplater's inspect module reports: { name: {} } for a value, { loop: { name: {} } } for a loop. */
function shapeOf(fields: DocumentFields): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).map(([name, value]) => [
    name,
    typeof value === 'string' ? {} : Object.fromEntries(Object.keys(value[0] ?? {}).map((key) => [key, {}])),
  ]));
}

function placeholdersOf(template: Uint8Array): Record<string, unknown> {
  const inspect = new InspectModule();
  new Docxtemplater(new PizZip(template), { ...templateOptions, modules: [inspect] });
  return inspect.getAllTags();
}

const textOf = (docx: Uint8Array): string =>
  (new PizZip(docx).file('word/document.xml')?.asText() ?? '').replace(/<w:p[ >]/g, '\n$&').replace(/<[^>]+>/g, '');

describe('shipped 文书 templates', () => {
  it('every document listed has its template shipped, made by make-templates.ts', () => {
    expect(Object.keys(shippedTemplates).sort()).toEqual(documents.map((document) => document.name).sort());
  });

  for (const { name, fields } of documents) {
    it(`${name}: its placeholders are exactly the fields its fill produces`, () => {
      expect(placeholdersOf(read(name))).toEqual(shapeOf(fields));
    });
  }

  it('a filled 协议书 holds the parties, the agreement, the deadline and the signature, fingerprint and seal blocks', () => {
    const text = textOf(fillTemplate(read('mediation-agreement.docx'), documents[0]?.fields ?? {}));
    for (const words of [
      '人民调解协议书', '申请人：刘一，男，52岁', '被申请人：陈二，女', '陈二改建排水口，刘一配合施工', '2026年11月15日前',
      '申请人（签名并按指印）', '被申请人（签名并按指印）', '人民调解员（签名）', '忠仁镇人民调解委员会（盖章）', '本协议一式三份',
    ]) expect(text).toContain(words);
    expect(text).not.toMatch(/[{}]|undefined/);
  });

  it('a filled 决定书 holds the party, facts, basis, penalty, remedies and the organ\'s seal and date', () => {
    const text = textOf(fillTemplate(read('penalty-decision.docx'), documents[1]?.fields ?? {}));
    for (const words of ['行政处罚决定书', '忠仁综执罚决〔2026〕3号', '当事人：马九', '露天焚烧秸秆', '罚款伍佰元', '百分之三', '行政复议', '忠仁镇人民政府（盖章）', '2026年9月30日']) {
      expect(text).toContain(words);
    }
    expect(text).not.toMatch(/[{}]|undefined/);
  });

  it('a filled 事先告知书 holds the proposed penalty, its facts and basis, and the rights to argue and to a hearing', () => {
    const text = textOf(fillTemplate(read('penalty-notice.docx'), documents[2]?.fields ?? {}));
    for (const words of ['行政处罚事先告知书', '案号：忠仁综执〔2026〕3号', '当事人：马九', '违法事实：露天焚烧秸秆。', '拟罚款伍佰元', '拟罚款金额：500元', '陈述和申辩', '更重的处罚', '五日内提出', '忠仁镇人民政府（盖章）', '2026年9月10日', '当事人签收']) {
      expect(text).toContain(words);
    }
    expect(text).not.toMatch(/[{}]|undefined/);
  });

  it('a filled 权利义务告知书 names the parties, their rights and duties, and has each sign', () => {
    const text = textOf(fillTemplate(read('rights-notice.docx'), documents[3]?.fields ?? {}));
    for (const words of ['人民调解权利义务告知书', '申请人刘一、被申请人陈二：', '不收取任何费用', '选择或者接受人民调解员', '如实陈述纠纷事实', '忠仁镇人民调解委员会（盖章）', '2026年10月12日', '申请人（签名或按指印）', '（陈二）']) {
      expect(text).toContain(words);
    }
    expect(text).not.toMatch(/[{}]|undefined/);
  });

  it('a filled 调解笔录 holds each session with its time, place and record, and the signature lines', () => {
    const text = textOf(fillTemplate(read('session-record.docx'), documents[4]?.fields ?? {}));
    for (const words of ['人民调解笔录', '事由：两户因院墙排水问题发生争执', '当事人：申请人刘一、被申请人陈二', '第一次调解', '时间：2026年10月15日', '地点：忠仁镇调解室', '双方陈述，调解员释法说理', '申请人（签名或按指印）', '记录人（签名）', '忠仁镇人民调解委员会（盖章）']) {
      expect(text).toContain(words);
    }
    expect(text).not.toMatch(/[{}]|undefined/);
  });

  it('a filled 申请书 holds the parties, the dispute, what is asked and the applicants\' signature lines', () => {
    const text = textOf(fillTemplate(read('mediation-application.docx'), documents[5]?.fields ?? {}));
    for (const words of ['人民调解申请书', '申请人：刘一，男，52岁', '被申请人：陈二', '两户因院墙排水问题发生争执', '请求调解排水纠纷', '自愿申请忠仁镇人民调解委员会调解', '申请人（签名或按指印）：', '（刘一）', '2026年10月12日']) {
      expect(text).toContain(words);
    }
    expect(text).not.toMatch(/[{}]|undefined/);
  });

  for (const { name, fields, words } of moreForms) {
    it(`a filled ${name} holds the record's words, the form's lines and no placeholder`, () => {
      const text = textOf(fillTemplate(read(name), fields));
      for (const word of words) expect(text).toContain(word);
      expect(text).not.toMatch(/[{}]|undefined/);
    });
  }

  it('the 签到表 has a table with a header row and 18 empty rows to sign', () => {
    const xml = new PizZip(fillTemplate(read('sign-in-sheet.docx'), moreForms[7]?.fields ?? {})).file('word/document.xml')?.asText() ?? '';
    expect(xml.match(/<w:tr[ >]/g)).toHaveLength(19);
  });

  it('[DOC_TEMPLATE_FIELD_UNKNOWN] refuses to fill a template naming a field the document does not produce', () => {
    const fields = Object.fromEntries(Object.entries(documents[0]?.fields ?? {}).filter(([name]) => name !== 'performanceDeadline'));
    expect(() => fillTemplate(read('mediation-agreement.docx'), fields)).toThrow(TemplateFieldError);
  });
});
