// Case numbers (案号) of this device's own counter: a per-(township, kind, year) counter in a local
// document, checked against the caseNumber index so a lost or restored counter cannot hand out a
// number already on this device. Used while the device is not enrolled, and as the floor of the
// county's number blocks once it is (case-number-source.ts, case-number-control.ts, docs/decisions/008).
import { caseNumberOf, type CaseNumber } from '#shared/domain/case-number';
import { reserveNumbers } from './counter';
import type { TaizhangDatabase } from './database';
import type { NumberedKind } from './rules';

export type { CaseNumber };

export const counterId = (townshipId: string, kind: NumberedKind, year: number): string => `caseCounter:${townshipId}:${kind}:${year}`;

export async function assignCaseNumbers(
  db: TaizhangDatabase,
  request: { kind: NumberedKind; townshipId: string; townshipShortName: string; year: number; count: number },
): Promise<CaseNumber[]> {
  const { kind, townshipId, townshipShortName, year } = request;
  const numbers: CaseNumber[] = [];
  let wanted = request.count;
  while (wanted > 0) {
    const first = await reserveNumbers(db, counterId(townshipId, kind, year), wanted);
    const block = Array.from({ length: wanted }, (_, i) => caseNumberOf({ kind, year, townshipShortName, seq: first + i }));
    const taken = await db[kind].find({ selector: { caseNumber: { $in: block.map((n) => n.caseNumber) } } }).exec();
    const takenNumbers = new Set(taken.map((doc) => doc.caseNumber));
    const free = block.filter((n) => !takenNumbers.has(n.caseNumber));
    numbers.push(...free);
    wanted -= free.length;
  }
  return numbers;
}
