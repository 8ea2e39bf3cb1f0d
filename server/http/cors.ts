// Cross-origin access (rule S25): the web build is served from any origin and the desktop app
// from app://taizhang, so every origin may call the API. Auth is a bearer header, never a cookie,
// so no credentials are allowed and a foreign page gains nothing it could not do with the token.
import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';
import { fileHeaders } from '#shared/files/index';
import { PROTOCOL_HEADER } from '#shared/sync/index';

/** Request headers the app sends; attachment routes may add their own here. */
export const corsAllowedHeaders = ['authorization', 'content-type', PROTOCOL_HEADER, fileHeaders.offset, fileHeaders.length, 'range'];
/** Response headers the app reads (the server's protocol version on every answer). */
export const corsExposedHeaders = [PROTOCOL_HEADER, fileHeaders.offset, fileHeaders.length, 'content-range'];

/** Registered before the guards, so refusals (401, 426 …) carry the headers and the app can read them. */
export async function registerCors(app: FastifyInstance): Promise<void> {
  await app.register(cors, {
    origin: '*',
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH'],
    allowedHeaders: corsAllowedHeaders,
    exposedHeaders: corsExposedHeaders,
    credentials: false,
    // Browsers cap this (Chromium at 2 h); 10 min keeps a changed policy from lingering.
    maxAge: 600,
  });
}
