// Attachment bytes (docs/sync-api.md § Files, decision 009): resumable upload by HEAD + PATCH
// (tus-like: Upload-Offset / Upload-Length, parts ≤ 4 MiB), download by GET with Range.
// Registered in their own plugin scope: its error handler answers FileFailure and hands every
// other error to the app's handler.
import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { fileHeaders, fileLimits, isSha256Hex, parseByteRange, PART_CONTENT_TYPE, type UploadProgress } from '#shared/files/index';
import type { Database } from '../db/database';
import { FileFailure } from '../files/file-failure';
import { grantFileTables } from '../files/file-grants';
import { FileStore, type UploadState } from '../files/file-store';
import { SyncFailure } from '../sync/failure';
import type { DeviceIdentity } from '../sync/rights';

interface FileParams {
  sha256: string;
}

const shaOf = (request: FastifyRequest<{ Params: FileParams }>): string => {
  const sha = request.params.sha256;
  if (!isSha256Hex(sha)) throw new FileFailure('INVALID_FILE_HASH');
  return sha;
};

const deviceOf = (request: FastifyRequest): DeviceIdentity => {
  if (!request.device) throw new SyncFailure('UNAUTHENTICATED');
  return request.device;
};

function headerNumber(request: FastifyRequest, name: string): number {
  const value = request.headers[name];
  if (typeof value !== 'string' || !/^\d{1,16}$/.test(value)) throw new FileFailure('INVALID_UPLOAD');
  return Number(value);
}

function sendState(reply: FastifyReply, state: UploadState): FastifyReply {
  void reply.header(fileHeaders.offset, String(state.offset)).header('cache-control', 'no-store');
  if (state.length !== undefined) void reply.header(fileHeaders.length, String(state.length));
  return reply;
}

/** Whether request transactions switch to the request role (the same test server/db/app-role.ts makes). */
async function usesAppRole(db: Database): Promise<boolean> {
  const result = await db.query<{ ok: boolean }>(
    `SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'taizhang_app')
       THEN pg_has_role(current_user, 'taizhang_app', 'MEMBER') ELSE false END AS ok`,
  );
  return result.rows[0]?.ok === true;
}

export async function registerFileRoutes(app: FastifyInstance, db: Database): Promise<void> {
  const useAppRole = await usesAppRole(db);
  await grantFileTables(db, useAppRole);
  const files = new FileStore(db, useAppRole);
  const config = { protocol: true, auth: true };

  // A plugin (not a plain function) so the error handler and the parser stay inside this scope.
  await app.register((scope, _options, done) => {
    scope.setErrorHandler((error, request, reply) => {
      if (!(error instanceof FileFailure)) throw error;
      request.log.info({ code: error.body.code, status: error.status }, 'file request refused');
      return reply.code(error.status).send(error.body);
    });
    // Raw bytes, at most one part; a larger body is refused before it is read to the end.
    scope.addContentTypeParser(PART_CONTENT_TYPE, { parseAs: 'buffer', bodyLimit: fileLimits.maxPartBytes }, (_request, body, done) => {
      done(null, body);
    });

    scope.head<{ Params: FileParams }>('/v1/files/:sha256', { config }, async (request, reply) => {
      const sha = shaOf(request);
      const state = await files.uploadState(deviceOf(request), sha);
      return sendState(reply, state).code(200).send();
    });

    scope.patch<{ Params: FileParams; Body: Buffer }>(
      '/v1/files/:sha256',
      { config, bodyLimit: fileLimits.maxPartBytes },
      async (request, reply) => {
        const sha = shaOf(request);
        const device = deviceOf(request);
        if (!(request.headers['content-type'] ?? '').toLowerCase().startsWith(PART_CONTENT_TYPE)) throw new FileFailure('UNSUPPORTED_PART_TYPE');
        const offset = headerNumber(request, fileHeaders.offset);
        const fileSize = headerNumber(request, fileHeaders.length);
        if (fileSize > fileLimits.maxFileBytes) throw new FileFailure('FILE_TOO_LARGE', { maxBytes: fileLimits.maxFileBytes });
        const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        const state = await files.appendPart(device, sha, { offset, fileSize, bytes });
        request.log.info({ offset, bytes: bytes.length, complete: state.complete }, 'file part');
        const body: UploadProgress = { offset: state.offset, length: state.length ?? fileSize, complete: state.complete };
        return sendState(reply, state).code(200).send(body);
      },
    );

    scope.get<{ Params: FileParams }>('/v1/files/:sha256', { config, exposeHeadRoute: false }, async (request, reply) => {
      const sha = shaOf(request);
      const device = deviceOf(request);
      // Unknown and not yours answer alike: a township learns nothing of another's files.
      const size = await files.readableSize(device, sha);
      if (size === undefined) throw new FileFailure('FILE_NOT_FOUND');
      const range = parseByteRange(request.headers.range, size);
      void reply
        .header('accept-ranges', 'bytes')
        .header('etag', `"${sha}"`)
        .header('cache-control', 'private, no-store')
        .type('application/octet-stream');
      if (range === 'unsatisfiable') {
        void reply.header('content-range', `bytes */${size}`);
        throw new FileFailure('RANGE_NOT_SATISFIABLE', { size });
      }
      const { start, end } = range ?? { start: 0, end: size - 1 };
      request.log.info({ start, end, size }, 'file read');
      void reply.header('content-length', String(Math.max(0, end - start + 1)));
      if (range) void reply.code(206).header('content-range', `bytes ${start}-${end}/${size}`);
      if (size === 0) return reply.send(Buffer.alloc(0));
      return reply.send(Readable.from(files.readRange(device, sha, start, end)));
    });
    done();
  });
}
