// 临时案号: the number a case gets when this enrolled device has no reserved number left and
// cannot reach the county server. It says so in the number itself (临 = 临时) and is replaced by a
// real one from the next block, with a 修改记录 entry (docs/decisions/008).
import type { NumberedCaseKind } from './case-numbers';

/** caseSeq of a provisional number: real numbers start at 1. */
export const PROVISIONAL_CASE_SEQ = 0;

export interface ProvisionalParts {
  kind: NumberedCaseKind;
  year: number;
  townshipShortName: string;
  /** Distinguishes devices: the last 4 hex digits of the device id, upper case. */
  deviceTag: string;
  /** This device's running number of provisional cases of the kind and year. */
  seq: number;
}

/** 〔2026〕绥滨调字第临A3F9-1号 · 绥滨综执〔2026〕临A3F9-1号 */
export function formatProvisionalCaseNumber(parts: ProvisionalParts): string {
  const { kind, year, townshipShortName, deviceTag, seq } = parts;
  const marker = `临${deviceTag}-${seq}`;
  return kind === 'mediationCase' ? `〔${year}〕${townshipShortName}调字第${marker}号` : `${townshipShortName}综执〔${year}〕${marker}号`;
}

export const isProvisionalCaseNumber = (caseNumber: string): boolean => /临[0-9A-Z]{1,8}-\d+号$/u.test(caseNumber);

/** The tag of a device id (UUIDv7: the last digits are random, the first are the clock). */
export const deviceTagOf = (deviceId: string): string => {
  const hex = deviceId.replace(/[^0-9a-fA-F]/g, '').toUpperCase();
  return (hex.slice(-4) || 'X').padStart(4, '0');
};
