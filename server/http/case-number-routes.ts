// POST /v1/case-numbers/reserve (docs/sync-api.md, rules S21–S23): a township device reserves a
// block of consecutive case numbers of its own township. The body is checked field by field and
// unknown fields are refused, so a misspelt field never silently reserves something else.
import type { FastifyInstance } from 'fastify';
import { caseNumberLimits, isNumberedCaseKind, syncPaths, type CaseNumberBlock, type CaseNumberReserveRequest } from '#shared/sync/index';
import type { CaseNumberReservations } from '../case-numbers/reserve-store';
import { SyncFailure } from '../sync/failure';

const REQUEST_ID = /^[A-Za-z0-9-]{8,64}$/;
const fields = new Set(['requestId', 'kind', 'year', 'count', 'knownMax', 'townshipId']);
const expected = {
  expected: `{requestId: 8–64 letters/digits/-, kind: 'mediationCase'|'enforcementCase', year: ${caseNumberLimits.minYear}–${caseNumberLimits.maxYear}, count: 1–${caseNumberLimits.maxBlock}, knownMax?: 0–${caseNumberLimits.maxSeq}, townshipId?: string}`,
};

const isInt = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

function readRequest(body: unknown): CaseNumberReserveRequest {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new SyncFailure('INVALID_REQUEST', expected);
  const b = body as Record<string, unknown>;
  const valid =
    Object.keys(b).every((key) => fields.has(key)) &&
    typeof b.requestId === 'string' && REQUEST_ID.test(b.requestId) &&
    isNumberedCaseKind(b.kind) &&
    isInt(b.year, caseNumberLimits.minYear, caseNumberLimits.maxYear) &&
    isInt(b.count, 1, caseNumberLimits.maxBlock) &&
    (b.knownMax === undefined || isInt(b.knownMax, 0, caseNumberLimits.maxSeq)) &&
    (b.townshipId === undefined || (typeof b.townshipId === 'string' && b.townshipId.length <= 40));
  if (!valid) throw new SyncFailure('INVALID_REQUEST', expected);
  return b as unknown as CaseNumberReserveRequest;
}

export function registerCaseNumberRoutes(app: FastifyInstance, reservations: CaseNumberReservations): void {
  app.post(syncPaths.reserveCaseNumbers, { config: { protocol: true, auth: true } }, async (request): Promise<CaseNumberBlock> => {
    const device = request.device;
    if (!device) throw new SyncFailure('UNAUTHENTICATED');
    const wanted = readRequest(request.body);
    // The county numbers no case (a review carries the reviewed case's number).
    if (device.role !== 'township' || device.townshipId === null) throw new SyncFailure('CASE_NUMBERS_FORBIDDEN');
    if (wanted.townshipId !== undefined && wanted.townshipId !== device.townshipId) throw new SyncFailure('CASE_NUMBERS_FORBIDDEN');
    const block = await reservations.reserve({
      deviceId: device.id,
      townshipId: device.townshipId,
      requestId: wanted.requestId,
      kind: wanted.kind,
      year: wanted.year,
      count: wanted.count,
      ...(wanted.knownMax === undefined ? {} : { knownMax: wanted.knownMax }),
    });
    request.log.info({ kind: block.kind, year: block.year, first: block.first, last: block.last }, 'case numbers reserved');
    return block;
  });
}
