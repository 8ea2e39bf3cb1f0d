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
import { enforcementDraft, mediationDraft } from '#shared/domain/rules/test-fixtures';
import type { EnforcementCase } from '#shared/domain/schemas/enforcement-case';
import type { MediationCase } from '#shared/domain/schemas/mediation-case';
import { shippedTemplates } from './templates/index';

const context: DocumentContext = { townshipName: '忠仁镇', committeeName: '忠仁镇人民调解委员会', today: '2026-10-20', showPersonal: true };
const read = (name: string) => new Uint8Array(readFileSync(resolve(import.meta.dirname, '../resources/templates', name)));

const mediation = { ...mediationDraft(), caseNumber: '〔2026〕忠仁调字第12号', claims: '请求调解排水纠纷' } as MediationCase;
const enforcement = (() => {
  const draft = enforcementDraft();
  return {
    ...draft, caseNumber: '忠仁综执〔2026〕3号', personal: { ...draft.personal, address: '忠仁镇红星村' },
    notice: { proposedContent: '拟罚款伍佰元', proposedFine: 500 },
  } as EnforcementCase;
})();

const documents = [
  { name: mediationAgreementDocument.template, fields: mediationAgreementDocument.fill(mediation, context).fields },
  { name: penaltyDecisionDocument.template, fields: penaltyDecisionDocument.fill(enforcement, context).fields },
  { name: penaltyNoticeDocument.template, fields: penaltyNoticeDocument.fill(enforcement, context).fields },
  { name: rightsNoticeDocument.template, fields: rightsNoticeDocument.fill(mediation, context).fields },
  { name: sessionRecordDocument.template, fields: sessionRecordDocument.fill(mediation, context).fields },
  { name: mediationApplicationDocument.template, fields: mediationApplicationDocument.fill(mediation, context).fields },
];

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

  it('[DOC_TEMPLATE_FIELD_UNKNOWN] refuses to fill a template naming a field the document does not produce', () => {
    const fields = Object.fromEntries(Object.entries(documents[0]?.fields ?? {}).filter(([name]) => name !== 'performanceDeadline'));
    expect(() => fillTemplate(read('mediation-agreement.docx'), fields)).toThrow(TemplateFieldError);
  });
});
