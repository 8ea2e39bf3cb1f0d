// Helpers of the file contract tests: bytes with their hash, and HEAD / PATCH / GET by inject.
import { createHash, randomBytes } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { fileHeaders, filePaths, PART_CONTENT_TYPE } from '#shared/files/index';
import type { TaizhangServer } from '../server';
import type { TestDevice } from '../testing/client';

export interface TestFile {
  bytes: Buffer;
  sha256: string;
}

export function testFile(size: number): TestFile {
  const bytes = randomBytes(size);
  return { bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

export const attachmentRef = (file: TestFile, name = '调解协议书.pdf') => ({
  sha256: file.sha256,
  name,
  mimeType: 'application/pdf',
  size: file.bytes.length,
  purpose: '调解协议书签字扫描件',
  addedAt: '2026-10-08T09:30:00.000Z',
});

export const headFile = (server: TaizhangServer, device: TestDevice, sha256: string): Promise<LightMyRequestResponse> =>
  server.app.inject({ method: 'HEAD', url: filePaths.file(sha256), headers: device.headers });

export const patchFile = (
  server: TaizhangServer,
  device: TestDevice,
  sha256: string,
  offset: number,
  fileSize: number,
  bytes: Buffer,
): Promise<LightMyRequestResponse> =>
  server.app.inject({
    method: 'PATCH',
    url: filePaths.file(sha256),
    headers: { ...device.headers, 'content-type': PART_CONTENT_TYPE, [fileHeaders.offset]: String(offset), [fileHeaders.length]: String(fileSize) },
    payload: bytes,
  });

export const getFile = (server: TaizhangServer, device: TestDevice, sha256: string, range?: string): Promise<LightMyRequestResponse> =>
  server.app.inject({ method: 'GET', url: filePaths.file(sha256), headers: range ? { ...device.headers, range } : device.headers });

/** Uploads a file in parts of `partSize`; returns the last answer. */
export async function uploadAll(server: TaizhangServer, device: TestDevice, file: TestFile, partSize: number): Promise<LightMyRequestResponse> {
  let last: LightMyRequestResponse | undefined;
  for (let offset = 0; offset < file.bytes.length; offset += partSize) {
    last = await patchFile(server, device, file.sha256, offset, file.bytes.length, file.bytes.subarray(offset, offset + partSize));
    if (last.statusCode !== 200) return last;
  }
  if (!last) throw new Error('empty file');
  return last;
}
