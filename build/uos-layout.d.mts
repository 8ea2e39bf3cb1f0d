// Types of uos-layout.mjs (plain JS so electron-builder's afterPack hook can load it on Node 20).
export interface UosApp {
  appId: string;
  name: string;
  version: string;
  arch: number | 'x64' | 'arm64';
  executable: string;
  synopsis: string;
  description: string;
  maintainer: string;
  homepage: string;
}
export interface UosLayout {
  packageName: string;
  arch: 'amd64' | 'arm64';
  root: string;
  filesDir: string;
  iconPath: string;
  written: Array<{ path: string; mode: number; content: string }>;
}
export function debianArch(arch: UosApp['arch']): 'amd64' | 'arm64';
export const electronDepends: string[];
export function uosLayout(app: UosApp): UosLayout;
export function writeUosDeb(input: { app: UosApp; appOutDir: string; iconFile: string; outFile: string }): Promise<UosLayout & { outFile: string }>;
