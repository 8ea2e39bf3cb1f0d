// electron-builder afterPack hook (electron-builder.yml): when a Linux deb is being built, also build
// the UOS deb from the same packaged app, in UOS's /opt/apps/<appid>/ layout (uos-layout.mjs).
import { join } from 'node:path';
import { debianArch, writeUosDeb } from './uos-layout.mjs';

/** The UOS deb's facts, all taken from electron-builder's resolved configuration and package.json. */
export function uosAppOf(context) {
  const { packager } = context;
  const linux = packager.platformSpecificBuildOptions;
  return {
    appId: packager.config.appId,
    name: packager.appInfo.productName,
    version: packager.appInfo.version,
    arch: context.arch,
    executable: packager.executableName,
    synopsis: linux.synopsis,
    description: linux.description,
    maintainer: linux.maintainer,
    homepage: packager.info.metadata.homepage,
  };
}

export default async function afterPack(context) {
  if (context.electronPlatformName !== 'linux' || !context.targets.some((target) => target.name === 'deb')) return;
  const app = uosAppOf(context);
  const outFile = join(context.outDir, `Taizhang-UOS-${app.version}-${debianArch(context.arch)}.deb`);
  await writeUosDeb({ app, appOutDir: context.appOutDir, iconFile: join(context.packager.info.projectDir, context.packager.config.icon), outFile });
  console.log(`  • UOS deb  file=${outFile}`);
}
