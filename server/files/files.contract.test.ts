// [S30]–[S37]: attachments — resumable upload, verified hash, ranged download, township rights.
import { connect } from 'node:net';
import { beforeAll, expect, it } from 'vitest';
import { fileHeaders, fileLimits, filePaths, PART_CONTENT_TYPE } from '#shared/files/index';
import { describeEachBackend } from '../testing/backends';
import { enroll, push, type TestDevice } from '../testing/client';
import { mediationCase } from '../testing/documents';
import { listenOnLoopback } from '../testing/stream-client';
import { inScope } from '../sync/scope';
import { sweepAbandonedUploads } from './upload-sweep';
import { attachmentRef, getFile, headFile, patchFile, testFile, uploadAll, type TestFile } from './file-testing';

// Each test uploads bytes of its own (random, so no two tests share a hash): none depends on
// another having run, or on the order they run in.
describeEachBackend('files', (backend) => {
  // Two devices of one township, one of another, the county.
  let a: TestDevice;
  let a2: TestDevice;
  let b: TestDevice;
  let county: TestDevice;
  beforeAll(async () => {
    const server = backend.server();
    [a, a2, b, county] = [
      await enroll(server, 'township', 'fa'), await enroll(server, 'township', 'fa'),
      await enroll(server, 'township', 'fb'), await enroll(server, 'county'),
    ];
  });

  /** A file township fa uploaded and one of its records names, so its devices and the county may read it. */
  async function sharedByA(caseId: string, size = 300_000): Promise<TestFile> {
    const server = backend.server();
    const file = testFile(size);
    expect((await uploadAll(server, a, file, 120_000)).json()).toMatchObject({ complete: true });
    expect((await push(server, a, 'mediationCase', [{ newDocumentState: mediationCase(caseId, 'fa', { attachments: [attachmentRef(file)] }) }])).json()).toEqual([]);
    return file;
  }

  it('[S30] an upload goes in parts; HEAD tells how far it got; the last part completes it', async () => {
    const server = backend.server();
    const scan = testFile(300_000);
    const fresh = await headFile(server, a, scan.sha256);
    expect(fresh.statusCode).toBe(200);
    expect(fresh.headers[fileHeaders.offset]).toBe('0');
    expect(fresh.headers[fileHeaders.length]).toBeUndefined();

    const first = await patchFile(server, a, scan.sha256, 0, scan.bytes.length, scan.bytes.subarray(0, 100_000));
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ offset: 100_000, length: 300_000, complete: false });
    const midway = await headFile(server, a, scan.sha256);
    expect([midway.headers[fileHeaders.offset], midway.headers[fileHeaders.length]]).toEqual(['100000', '300000']);

    await patchFile(server, a, scan.sha256, 100_000, scan.bytes.length, scan.bytes.subarray(100_000, 200_000));
    const last = await patchFile(server, a, scan.sha256, 200_000, scan.bytes.length, scan.bytes.subarray(200_000));
    expect(last.json()).toEqual({ offset: 300_000, length: 300_000, complete: true });
    // Another device of the same township finds it done and sends nothing.
    expect((await headFile(server, a2, scan.sha256)).headers[fileHeaders.offset]).toBe('300000');
  });

  it('[S30] a retried last part (its answer was lost) is answered as complete, not refused', async () => {
    const server = backend.server();
    const scan = testFile(300_000);
    expect((await uploadAll(server, a, scan, 100_000)).json()).toMatchObject({ complete: true });
    const again = await patchFile(server, a, scan.sha256, 200_000, scan.bytes.length, scan.bytes.subarray(200_000));
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ complete: true });
  });

  it('[S31] a part at the wrong offset → 409 with the offset to resume from; nothing is written', async () => {
    const server = backend.server();
    const file = testFile(50_000);
    await patchFile(server, a, file.sha256, 0, 50_000, file.bytes.subarray(0, 20_000));
    const wrong = await patchFile(server, a, file.sha256, 30_000, 50_000, file.bytes.subarray(30_000));
    expect(wrong.statusCode).toBe(409);
    expect(wrong.json()).toMatchObject({ code: 'UPLOAD_OFFSET_MISMATCH', details: { offset: 20_000 } });
    expect((await headFile(server, a, file.sha256)).headers[fileHeaders.offset]).toBe('20000');
    const resumed = await patchFile(server, a, file.sha256, 20_000, 50_000, file.bytes.subarray(20_000));
    expect(resumed.json()).toMatchObject({ complete: true });
  });

  it('[S31] a connection cut in the middle of a part stores nothing of it; the upload resumes at the last whole part', async () => {
    const server = backend.server();
    const base = new URL(await listenOnLoopback(server));
    const file = testFile(60_000);
    await patchFile(server, a, file.sha256, 0, 60_000, file.bytes.subarray(0, 20_000));
    await new Promise<void>((resolve, reject) => {
      const socket = connect(Number(base.port), base.hostname, () => {
        const head = [
          `PATCH ${filePaths.file(file.sha256)} HTTP/1.1`, `Host: ${base.host}`,
          ...Object.entries(a.headers).map(([k, v]) => `${k}: ${v}`),
          `content-type: ${PART_CONTENT_TYPE}`, `${fileHeaders.offset}: 20000`, `${fileHeaders.length}: 60000`, 'content-length: 40000', '', '',
        ].join('\r\n');
        socket.write(head);
        socket.write(file.bytes.subarray(20_000, 35_000), () => {
          socket.destroy();
          resolve();
        });
      });
      socket.on('error', reject);
    });
    // The server sees the cut; give it a moment to drop the request, then it reports the old offset.
    let offset: string | string[] | number | undefined;
    for (let i = 0; i < 50 && offset !== '20000'; i++) {
      offset = (await headFile(server, a, file.sha256)).headers[fileHeaders.offset];
      if (offset !== '20000') await new Promise((r) => setTimeout(r, 20));
    }
    expect(offset).toBe('20000');
    expect((await patchFile(server, a, file.sha256, 20_000, 60_000, file.bytes.subarray(20_000))).json()).toMatchObject({ complete: true });
  });

  it('[S31] limits: a file over 50 MiB → 413 FILE_TOO_LARGE; a part over 4 MiB → 413; bad headers → 400; wrong type → 415', async () => {
    const server = backend.server();
    const file = testFile(10);
    const huge = await patchFile(server, a, file.sha256, 0, fileLimits.maxFileBytes + 1, file.bytes);
    expect([huge.statusCode, huge.json<{ code: string }>().code]).toEqual([413, 'FILE_TOO_LARGE']);
    const bigPart = await patchFile(server, a, file.sha256, 0, 5 * 1024 * 1024, Buffer.alloc(fileLimits.maxPartBytes + 1));
    expect(bigPart.statusCode).toBe(413);
    const noOffset = await server.app.inject({
      method: 'PATCH', url: filePaths.file(file.sha256), headers: { ...a.headers, 'content-type': PART_CONTENT_TYPE }, payload: file.bytes,
    });
    expect([noOffset.statusCode, noOffset.json<{ code: string }>().code]).toEqual([400, 'INVALID_UPLOAD']);
    const json = await server.app.inject({ method: 'PATCH', url: filePaths.file(file.sha256), headers: a.headers, payload: { x: 1 } });
    expect([json.statusCode, json.json<{ code: string }>().code]).toEqual([415, 'UNSUPPORTED_PART_TYPE']);
    const badName = await headFile(server, a, 'ABC');
    expect(badName.statusCode).toBe(400);
    expect((await headFile(server, a, file.sha256)).headers[fileHeaders.offset]).toBe('0');
  });

  it('[S32] bytes that do not hash to the name are refused (422) and discarded; the file never becomes readable', async () => {
    const server = backend.server();
    const file = testFile(30_000);
    const forged = Buffer.from(file.bytes);
    forged[29_999] = (forged[29_999] ?? 0) ^ 0xff;
    await patchFile(server, a, file.sha256, 0, 30_000, forged.subarray(0, 15_000));
    const last = await patchFile(server, a, file.sha256, 15_000, 30_000, forged.subarray(15_000));
    expect([last.statusCode, last.json<{ code: string }>().code]).toEqual([422, 'FILE_HASH_MISMATCH']);
    expect((await headFile(server, a, file.sha256)).headers[fileHeaders.offset]).toBe('0');
    await push(server, a, 'mediationCase', [{ newDocumentState: mediationCase('files-forged', 'fa', { attachments: [attachmentRef(file)] }) }]);
    expect((await getFile(server, a, file.sha256)).statusCode).toBe(404);
  });

  it('[S33] a file nobody references yet is not served; once its record is pushed, GET returns it, whole or by Range', async () => {
    const server = backend.server();
    const scan = testFile(300_000);
    await uploadAll(server, a, scan, 120_000);
    expect((await getFile(server, a, scan.sha256)).statusCode).toBe(404);
    const pushed = await push(server, a, 'mediationCase', [{ newDocumentState: mediationCase('files-case-a', 'fa', { attachments: [attachmentRef(scan)] }) }]);
    expect(pushed.json()).toEqual([]);

    const whole = await getFile(server, a2, scan.sha256);
    expect(whole.statusCode).toBe(200);
    expect(whole.headers['accept-ranges']).toBe('bytes');
    expect(whole.rawPayload.equals(scan.bytes)).toBe(true);

    const middle = await getFile(server, a2, scan.sha256, 'bytes=99990-200009');
    expect(middle.statusCode).toBe(206);
    expect(middle.headers['content-range']).toBe('bytes 99990-200009/300000');
    expect(middle.rawPayload.equals(scan.bytes.subarray(99_990, 200_010))).toBe(true);

    const tail = await getFile(server, a2, scan.sha256, 'bytes=250000-');
    expect(tail.rawPayload.equals(scan.bytes.subarray(250_000))).toBe(true);

    const beyond = await getFile(server, a2, scan.sha256, 'bytes=300000-');
    expect([beyond.statusCode, beyond.headers['content-range']]).toEqual([416, 'bytes */300000']);
  });

  it('[S34] another township is refused a file as if it did not exist — even when its own record names the hash', async () => {
    const server = backend.server();
    const scan = await sharedByA('files-s34-a');
    const unknown = await getFile(server, b, testFile(5).sha256);
    const other = await getFile(server, b, scan.sha256);
    expect(other.statusCode).toBe(404);
    expect(other.json()).toEqual(unknown.json());
    await push(server, b, 'mediationCase', [{ newDocumentState: mediationCase('files-s34-b', 'fb', { attachments: [attachmentRef(scan)] }) }]);
    expect((await getFile(server, b, scan.sha256)).statusCode).toBe(404);
    expect((await getFile(server, b, scan.sha256, 'bytes=0-9')).statusCode).toBe(404);
    // Its upload progress is its own: it does not learn that the county server holds the bytes.
    expect((await headFile(server, b, scan.sha256)).headers[fileHeaders.offset]).toBe('0');
  });

  it('[S34] the county reads any referenced file and uploads none', async () => {
    const server = backend.server();
    const scan = await sharedByA('files-s34-county');
    const read = await getFile(server, county, scan.sha256);
    expect(read.statusCode).toBe(200);
    expect(read.rawPayload.equals(scan.bytes)).toBe(true);
    const upload = await patchFile(server, county, scan.sha256, 0, scan.bytes.length, scan.bytes.subarray(0, 10));
    expect([upload.statusCode, upload.json<{ code: string }>().code]).toEqual([403, 'UPLOAD_FORBIDDEN']);
    expect((await server.app.inject({ method: 'GET', url: filePaths.file(scan.sha256), headers: { 'taizhang-protocol': '1' } })).statusCode).toBe(401);
  });

  it('[S35] the same bytes uploaded by a second township: it sends them all itself, then both read them', async () => {
    const server = backend.server();
    const scan = await sharedByA('files-s35-a');
    await push(server, b, 'mediationCase', [{ newDocumentState: mediationCase('files-s35-b', 'fb', { attachments: [attachmentRef(scan)] }) }]);
    expect((await headFile(server, b, scan.sha256)).headers[fileHeaders.offset]).toBe('0');
    const done = await uploadAll(server, b, scan, 120_000);
    expect(done.json()).toEqual({ offset: 300_000, length: 300_000, complete: true });
    const read = await getFile(server, b, scan.sha256);
    expect(read.statusCode).toBe(200);
    expect(read.rawPayload.equals(scan.bytes)).toBe(true);
    expect((await getFile(server, a, scan.sha256, 'bytes=0-99')).rawPayload.equals(scan.bytes.subarray(0, 100))).toBe(true);
  });

  it('[S30] the app’s origin may send the upload headers and read the offset and range answers (CORS)', async () => {
    const server = backend.server();
    const scan = testFile(10);
    const preflight = await server.app.inject({
      method: 'OPTIONS', url: filePaths.file(scan.sha256),
      headers: { origin: 'app://taizhang', 'access-control-request-method': 'PATCH', 'access-control-request-headers': 'authorization,upload-offset,upload-length,content-type,taizhang-protocol' },
    });
    expect(preflight.statusCode).toBeLessThan(300);
    expect(String(preflight.headers['access-control-allow-headers'])).toContain('upload-offset');
    const head = await server.app.inject({ method: 'HEAD', url: filePaths.file(scan.sha256), headers: { ...a.headers, origin: 'app://taizhang' } });
    expect(String(head.headers['access-control-expose-headers'])).toContain('upload-offset');
  });

  it('[S36] row-level security repeats the rule: another township’s scope sees no bytes, no grant and no upload of it', async () => {
    const server = backend.server();
    const lone = testFile(1000);
    await uploadAll(server, a, lone, 1000);
    await push(server, a, 'mediationCase', [{ newDocumentState: mediationCase('files-case-lone', 'fa', { attachments: [attachmentRef(lone)] }) }]);
    const count = (townshipId: string, sql: string) =>
      inScope(server.db, server.appRole, { role: 'township', townshipId }, async (tx) => (await tx.query(sql, [lone.sha256])).rowCount);
    expect(await count('fa', 'SELECT 1 FROM file_parts WHERE sha256 = $1')).toBe(1);
    expect(await count('fc', 'SELECT 1 FROM file_parts WHERE sha256 = $1')).toBe(0);
    expect(await count('fc', 'SELECT 1 FROM file_grants WHERE sha256 = $1')).toBe(0);
    const half = testFile(1000);
    await patchFile(server, a, half.sha256, 0, 1000, half.bytes.subarray(0, 500));
    expect(await count('fc', `SELECT 1 FROM file_uploads WHERE sha256 = $1`)).toBe(0);
    // And the request role cannot delete stored bytes.
    const deleted = inScope(server.db, server.appRole, { role: 'county', townshipId: null }, (tx) => tx.query('DELETE FROM file_parts WHERE sha256 = $1', [lone.sha256]));
    if (server.appRole) await expect(deleted).rejects.toThrow();
  });

  it('[S37] a partial upload left for weeks is swept with its parts; one still going stays; the left one restarts from zero', async () => {
    const server = backend.server();
    const [left, going] = [testFile(1000), testFile(1000)];
    await patchFile(server, a, left.sha256, 0, 1000, left.bytes.subarray(0, 500));
    const between = new Date((await server.db.query<{ now: Date }>('SELECT clock_timestamp() AS now')).rows[0]!.now).getTime() + 10;
    await new Promise((resolve) => setTimeout(resolve, 20));
    await patchFile(server, a, going.sha256, 0, 1000, going.bytes.subarray(0, 500));

    // Partial uploads other tests left behind are older too and may go with it: at least one.
    expect(await sweepAbandonedUploads(server.db, new Date(between))).toBeGreaterThanOrEqual(1);
    expect((await headFile(server, a, left.sha256)).headers[fileHeaders.offset]).toBe('0');
    expect((await headFile(server, a, going.sha256)).headers[fileHeaders.offset]).toBe('500');
    const partsLeft = await inScope(server.db, server.appRole, { role: 'township', townshipId: 'fa' }, async (tx) =>
      (await tx.query('SELECT 1 FROM file_upload_parts WHERE sha256 = $1', [left.sha256])).rowCount);
    expect(partsLeft).toBe(0);
    // The device that comes back sends the file again from the start, and it completes.
    expect((await uploadAll(server, a, left, 400)).json()).toMatchObject({ complete: true });
    expect((await patchFile(server, a, going.sha256, 500, 1000, going.bytes.subarray(500))).json()).toMatchObject({ complete: true });
  });
});
