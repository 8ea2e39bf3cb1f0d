// Answers Node writes by itself, below Fastify, in the shared {code, message} shape (rule S43):
// a malformed request or one whose headers overflow (clientError: 400 / 431), a request that
// outlived requestTimeout (408), and an Expect header other than 100-continue (417). Node's and
// Fastify's defaults send their own bodies, which the app cannot read as a coded refusal.
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { PROTOCOL_HEADER, PROTOCOL_VERSION, syncError, syncErrors, type SyncErrorCode } from '#shared/sync/index';
import { corsExposedHeaders } from './cors';

const headersOf = (body: string): Record<string, string> => ({
  'content-type': 'application/json; charset=utf-8',
  'content-length': String(Buffer.byteLength(body)),
  connection: 'close',
  [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
  'access-control-allow-origin': '*',
  'access-control-expose-headers': corsExposedHeaders.join(', '),
});

function clientErrorCode(error: { code?: string }): SyncErrorCode {
  if (error.code === 'HPE_HEADER_OVERFLOW') return 'HEADERS_TOO_LARGE';
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return 'REQUEST_TIMEOUT';
  return 'INVALID_REQUEST';
}

/** Fastify's `clientErrorHandler`: the request could not be parsed, or took too long to arrive. */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  // A response already under way cannot be replaced; Node's own handler checks the same.
  const pending = (socket as Socket & { _httpMessage?: ServerResponse })._httpMessage;
  if (socket.writable && !pending?.headersSent) {
    const code = clientErrorCode(error);
    const body = JSON.stringify(syncError(code));
    const head = Object.entries(headersOf(body)).map(([name, value]) => `${name}: ${value}\r\n`).join('');
    const status = syncErrors[code].status;
    socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n${head}\r\n${body}`);
  }
  socket.destroy();
}

/** The server's `checkExpectation` listener: without one Node answers 417 with an empty body. */
export function answerUnmetExpectation(_request: IncomingMessage, response: ServerResponse): void {
  const body = JSON.stringify(syncError('EXPECTATION_FAILED'));
  response.writeHead(417, headersOf(body));
  response.end(body);
}
