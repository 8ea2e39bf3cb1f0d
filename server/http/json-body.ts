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
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    const excess = jsonShapeExcess(text, shapeLimits);
    if (excess) {
      done(new SyncFailure('REQUEST_TOO_COMPLEX', { ...excess }), undefined);
      return;
    }
    void parseJson(request, text, done);
  });
}
