import { describe, expect, it } from 'vitest';
import type { MediationCase } from '../schemas/mediation-case';
import { mediationDraft } from '../rules/test-fixtures';
import type { DocumentContext } from './document';
import { closingReportDocument } from './closing-report';

const context: DocumentContext = {
  townshipName: '忠仁镇', committeeName: '忠仁镇人民调解委员会', today: '2026-10-20', showPersonal: true,
  referenceNames: { 'disputeType:linli': '邻里纠纷' },
};
const record = (overrides: Partial<MediationCase> = {}): MediationCase =>
  ({ ...mediationDraft(), caseNumber: '〔2026〕忠仁调字第12号', ...overrides }) as MediationCase;
const fill = (overrides: Partial<MediationCase> = {}, ctx = context) => closingReportDocument.fill(record(overrides), ctx);

describe('人民调解结案报告表 ([W9])', () => {
  it('states when the case was taken in and closed, its source, the parties\' phones and addresses (no ID number) and how it ended', () => {
    const { fields, missing } = fill();
    expect(missing).toEqual([]);
    expect(fields).toEqual({
      committeeName: '忠仁镇人民调解委员会', caseNumber: '〔2026〕忠仁调字第12号',
      receivedOn: '2026年10月12日', closedOn: '2026年10月15日', source: '当事人申请', disputeType: '邻里纠纷',
      parties: [{ line: '申请人：刘一，联系电话：13912345678，住址：忠仁镇忠仁村' }, { line: '被申请人：陈二，住址：忠仁镇忠仁村三组' }],
      summary: '两户因院墙排水问题发生争执',
      outcome: [{ line: '调解结果：调解成功' }, { line: '协议形式：书面协议' }, { line: '履行情况：待履行' }],
      mediators: '张调解',
    });
  });

  it('a failed case states its result and the closing note; personal data masked for another reader', () => {
    const { fields } = fill({ status: 'failed', closingNote: '双方分歧较大，已告知可向人民法院起诉' }, { ...context, showPersonal: false });
    expect(fields.outcome).toEqual([{ line: '调解结果：调解不成功' }, { line: '结案说明：双方分歧较大，已告知可向人民法院起诉' }]);
    expect(fields.parties).toContainEqual({ line: '申请人：刘一，联系电话：139****5678，住址：（已隐去）' });
  });

  it('[DOC_CASE_OPEN] [DOC_FIELD_MISSING] refuses a case still being mediated, without 结案日期', () => {
    expect(fill({ status: 'mediating', closedOn: undefined }).missing).toEqual([
      { code: 'DOC_CASE_OPEN', message: '调解状态为“调解成功”“调解不成功”或“终止调解”', field: 'status' },
      { code: 'DOC_FIELD_MISSING', message: '结案日期', field: 'closedOn' },
    ]);
  });
});
