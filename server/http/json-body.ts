// JSON bodies are measured before they are parsed (rule S40): a body over the structural limits
// of syncLimits is refused with 413 REQUEST_TOO_COMPLEX after one scan of its text, so junk never
// becomes millions of objects. What passes goes to Fastify's own parser, which refuses
// __proto__ and constructor.prototype keys as before.
import type { FastifyInstance } from 'fastify';
import { syncLimits } from '#shared/sync/index';
import { SyncFailure } from '../sync/failure';
import { jsonShapeExcess } from './json-shape';

const shapeLimits = {
  maxDepth: syncLimits.maxJsonDepth,
  maxArrayItems: syncLimits.maxJsonArrayItems,
  maxObjectKeys: syncLimits.maxJsonObjectKeys,
  maxValues: syncLimits.maxJsonValues,
};

export function registerBoundedJsonParser(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  // As bytes: junk is refused before 8 MB of it are decoded into a string.
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    const bytes = typeof body === 'string' ? Buffer.from(body) : body;
    const excess = jsonShapeExcess(bytes, shapeLimits);
    if (excess) {
      done(new SyncFailure('REQUEST_TOO_COMPLEX', { ...excess }), undefined);
      return;
    }
    void parseJson(request, bytes.toString('utf8'), done);
  });
}
