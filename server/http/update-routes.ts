// Updates for the desktop app (docs/decisions/033), in electron-updater's generic-provider layout under
// /v1/updates/: GET <channel>.yml names the release offered to the asking device's township (staging), GET
// <version>/<file> sends its installer. Both need the device's token, and neither checks the sync protocol:
// an app too old to sync must still be able to update.
import { createReadStream } from 'node:fs';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { INSTALLER_NAME_PATTERN, isUpdateChannel, UPDATES_PATH } from '#shared/updates/channels';
import type { Database } from '../db/database';
import { SyncFailure } from '../sync/failure';
import type { DeviceIdentity } from '../sync/rights';
import { channelFile } from '../updates/channel-file';
import { installerPath, installerSize } from '../updates/release-folder';
import { downloadableRelease, releaseFor } from '../updates/releases';

const VERSION_SEGMENT = /^[0-9A-Za-z.+-]{1,64}$/;

const deviceOf = (request: FastifyRequest): DeviceIdentity => {
  if (!request.device) throw new SyncFailure('UNAUTHENTICATED');
  return request.device;
};

/** electron-updater reads a 404 on the channel file as "no update info" (ERR_UPDATER_CHANNEL_FILE_NOT_FOUND). */
const notFound = (reply: FastifyReply, message: string) =>
  reply.code(404).header('cache-control', 'no-store').send({ code: 'NO_RELEASE', message });

export function registerUpdateRoutes(app: FastifyInstance, db: Database, releasesDir: string | undefined): void {
  const config = { auth: true };

  app.get<{ Params: { channel: string } }>(`${UPDATES_PATH}:channel`, { config }, async (request, reply) => {
    const device = deviceOf(request);
    const { channel } = request.params;
    if (!releasesDir || !isUpdateChannel(channel)) return notFound(reply, '县服务器上没有这一平台的新版本。');
    const release = await releaseFor(db, channel, device);
    if (!release) return notFound(reply, '县服务器上还没有发布给本乡镇的版本。');
    return reply.header('content-type', 'text/yaml; charset=utf-8').header('cache-control', 'no-store').send(channelFile(release));
  });

  app.get<{ Params: { version: string; file: string } }>(`${UPDATES_PATH}:version/:file`, { config }, async (request, reply) => {
    const device = deviceOf(request);
    const { version, file } = request.params;
    if (!releasesDir || !VERSION_SEGMENT.test(version) || !INSTALLER_NAME_PATTERN.test(file)) return notFound(reply, '没有这个安装包。');
    const release = await downloadableRelease(db, version, file, device);
    if (!release) return notFound(reply, '没有这个安装包。');
    const path = installerPath(releasesDir, release.version, release.fileName);
    const size = await installerSize(path);
    if (size !== release.size) {
      request.log.error({ path, expected: release.size, found: size }, 'published installer missing or changed on disk');
      return notFound(reply, '县服务器上的安装包缺失或已损坏，请联系县司法局技术人员重新发布。');
    }
    return reply
      .header('content-type', 'application/octet-stream')
      .header('content-length', String(size))
      .header('cache-control', 'no-store')
      .send(createReadStream(path));
  });
}
