// Pull and push for RxDB's replicateRxCollection (shapes: shared/sync/messages.ts). Answers
// are assembled from the stored JSON texts, so a document leaves exactly as it was pushed.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { CollectionName } from '#shared/domain/schemas/index';
import { baseViews, enumValuesNewerThan, type EnumValuesAdded, fieldsNewerThan, MIN_PROTOCOL_VERSION, type FieldsAdded, isSyncedCollection, parseCheckpointParam, PROTOCOL_VERSION, pushOwnWrites, syncLimits, withoutFields } from '#shared/sync/index';
import type { DocumentStore } from '../sync/document-store';
import { SyncFailure } from '../sync/failure';
import { readPushRows } from '../sync/push-input';
import type { DeviceIdentity } from '../sync/rights';
import type { DocumentValidator } from '../sync/validate';

interface CollectionParams {
  name: string;
}
interface PullQuery {
  checkpoint?: string;
  batchSize?: string;
}
/** [S53] pushOwnWrites: the app asks for a PushAnswer. */
type PushQuery = Partial<Record<typeof pushOwnWrites.name, string>>;

const collectionOf = (request: FastifyRequest<{ Params: CollectionParams }>): CollectionName => {
  const name = request.params.name;
  if (!isSyncedCollection(name)) throw new SyncFailure('UNKNOWN_COLLECTION', { collection: name.slice(0, 60) });
  return name;
};

const deviceOf = (request: FastifyRequest): DeviceIdentity => {
  if (!request.device) throw new SyncFailure('UNAUTHENTICATED');
  return request.device;
};

/** A stored JSON text as an app may receive it: unchanged, or without the fields it does not know. */
const bodyFor = (body: string, olderFields: readonly string[]): string =>
  olderFields.length === 0 ? body : JSON.stringify(withoutFields(JSON.parse(body) as Record<string, unknown>, olderFields));

function batchSizeOf(value: string | undefined): number {
  if (value === undefined || !/^\d{1,7}$/.test(value) || Number(value) < 1) throw new SyncFailure('INVALID_REQUEST', { batchSize: 'integer ≥ 1' });
  const size = Number(value);
  if (size > syncLimits.maxPullBatch) throw new SyncFailure('BATCH_SIZE_TOO_LARGE', { maxBatchSize: syncLimits.maxPullBatch });
  return size;
}

export function registerReplicationRoutes(
  app: FastifyInstance,
  store: DocumentStore,
  validators: Record<CollectionName, DocumentValidator>,
  fieldsAdded: Readonly<Record<number, FieldsAdded>>,
  enumValuesAdded: Readonly<Record<number, EnumValuesAdded>>,
): void {
  /** The fields of `collection` the requesting app does not know (decision 015): none for a current app. */
  const olderFieldsOf = (request: FastifyRequest, collection: CollectionName): string[] =>
    fieldsNewerThan(collection, request.protocolVersion ?? PROTOCOL_VERSION, fieldsAdded);
  /** How the requesting app may have received a stored document: now, and before it updated (S47). */
  const viewsOf = (request: FastifyRequest, collection: CollectionName): string[][] =>
    baseViews(collection, request.protocolVersion ?? PROTOCOL_VERSION, MIN_PROTOCOL_VERSION, fieldsAdded);

  const config = { protocol: true, auth: true };

  app.get<{ Params: CollectionParams; Querystring: PullQuery }>('/v1/collections/:name/pull', { config }, async (request, reply) => {
    const collection = collectionOf(request);
    const device = deviceOf(request);
    const batchSize = batchSizeOf(request.query.batchSize);
    const checkpoint = parseCheckpointParam(request.query.checkpoint);
    if (!checkpoint) throw new SyncFailure('INVALID_CHECKPOINT');
    // Documents holding a coded value the app does not know are not sent to it at all (decision 037).
    const unknownValues = enumValuesNewerThan(collection, request.protocolVersion ?? PROTOCOL_VERSION, enumValuesAdded);
    const documents = await store.pull(device, collection, checkpoint.seq, batchSize, unknownValues);
    const last = documents.at(-1)?.seq ?? checkpoint.seq;
    const olderFields = olderFieldsOf(request, collection);
    request.log.info({ collection, after: checkpoint.seq, returned: documents.length }, 'pull');
    return reply
      .type('application/json; charset=utf-8')
      .send(`{"documents":[${documents.map((d) => bodyFor(d.body, olderFields)).join(',')}],"checkpoint":{"seq":${last}}}`);
  });

  app.post<{ Params: CollectionParams; Querystring: PushQuery }>(
    '/v1/collections/:name/push',
    { config, bodyLimit: syncLimits.maxBodyBytes },
    async (request, reply) => {
      const collection = collectionOf(request);
      const device = deviceOf(request);
      // Fastify also parses text/plain; a push must be JSON.
      if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) throw new SyncFailure('UNSUPPORTED_MEDIA_TYPE');
      const rows = readPushRows(request.body, collection, device, validators[collection]);
      const outcome = rows.length === 0 ? { conflicts: [], ownWrites: {}, written: 0 } : await store.push(device, collection, rows, viewsOf(request, collection));
      request.log.info({ collection, rows: rows.length, written: outcome.written, conflicts: outcome.conflicts.length }, 'push');
      const conflicts = `[${outcome.conflicts.join(',')}]`;
      // [S53] An app that asks learns which of its own states each conflicting document grew from; others get the plain array.
      const body = request.query[pushOwnWrites.name] === pushOwnWrites.value ? `{"conflicts":${conflicts},"ownWrites":${JSON.stringify(outcome.ownWrites)}}` : conflicts;
      return reply.type('application/json; charset=utf-8').send(body);
    },
  );
}
