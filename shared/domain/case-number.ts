// 案号: the number printed on a case's documents.
//  - mediation (人民调解):   〔2026〕绥滨调字第12号   — year in 〔〕 (U+3014/U+3015), township short name, 调字, 第N号
//  - enforcement (综合行政执法): 绥滨综执〔2026〕12号 — township short name, 综执 (综合行政执法), year in 〔〕, N号
// The enforcement style follows the usual 机关代字〔年份〕序号 of official documents; one style for every
// category, since a township's comprehensive enforcement office numbers all its cases in one series.

export type CaseNumberKind = 'mediationCase' | 'enforcementCase';

export interface CaseNumberParts {
  kind: CaseNumberKind;
  year: number;
  townshipShortName: string;
  seq: number;
}

export function formatCaseNumber(input: CaseNumberParts): string {
  const { kind, year, townshipShortName, seq } = input;
  return kind === 'mediationCase'
    ? `〔${year}〕${townshipShortName}调字第${seq}号`
    : `${townshipShortName}综执〔${year}〕${seq}号`;
}

/** The number fields a numbered case carries. */
export interface CaseNumber {
  caseYear: number;
  caseSeq: number;
  caseNumber: string;
}

export const caseNumberOf = (parts: CaseNumberParts): CaseNumber =>
  ({ caseYear: parts.year, caseSeq: parts.seq, caseNumber: formatCaseNumber(parts) });

/** The short name in 案号 (〔2026〕绥滨调字第12号): the township's `details.shortName`, else its name. */
export const townshipShortNameOf = (township: { name: string; details: { shortName?: string } }): string =>
  township.details.shortName ?? township.name;

// What people type instead of 〔〕: [] () （） 【】 ［］ and stray spaces.
const normalise = (text: string): string =>
  text
    .replace(/\s+/g, '')
    .replace(/[[(（【［]/g, '〔')
    .replace(/[\])）】］]/g, '〕');

const mediationPattern = /^〔(\d{4})〕(.+?)调字第(\d+)号$/u;
const enforcementPattern = /^(.+?)综执〔(\d{4})〕第?(\d+)号$/u;

/** Reads a case number back into its parts; null when it is in neither style. */
export function parseCaseNumber(text: string): CaseNumberParts | null {
  const value = normalise(text);
  const mediation = mediationPattern.exec(value);
  if (mediation) {
    return { kind: 'mediationCase', year: Number(mediation[1]), townshipShortName: mediation[2] ?? '', seq: Number(mediation[3]) };
  }
  const enforcement = enforcementPattern.exec(value);
  if (enforcement) {
    return { kind: 'enforcementCase', year: Number(enforcement[2]), townshipShortName: enforcement[1] ?? '', seq: Number(enforcement[3]) };
  }
  return null;
}
