import { describe, expect, it } from 'vitest';
import { channelOfInstaller } from './channels';

describe('the channel file an installer is served in', () => {
  it('Windows NSIS, Linux AppImage x64 and arm64 each have their own', () => {
    expect(channelOfInstaller('Taizhang-Setup-0.2.0-x64.exe')).toBe('latest.yml');
    expect(channelOfInstaller('Taizhang-0.2.0-x86_64.AppImage')).toBe('latest-linux.yml');
    expect(channelOfInstaller('Taizhang-0.2.0-arm64.AppImage')).toBe('latest-linux-arm64.yml');
  });

  it('other files, and names with folders or non-ASCII, are not installers', () => {
    expect(channelOfInstaller('taizhang_0.2.0_amd64.deb')).toBeUndefined();
    expect(channelOfInstaller('../Taizhang.exe')).toBeUndefined();
    expect(channelOfInstaller('台账安装.exe')).toBeUndefined();
  });
});
