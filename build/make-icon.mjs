// Draws the app icon (台 on a blue rounded square) with headless Chromium and the system's CJK
// font, so no image tool or binary asset of unknown origin is needed. Run: node build/make-icon.mjs
// electron-builder turns resources/icons/icon.png (512×512) into the Windows .ico and the Linux icon sizes.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const size = 512;
const page = `<!doctype html><meta charset="utf-8"><style>
html,body{margin:0;width:${size}px;height:${size}px;overflow:hidden;background:transparent}
div{position:absolute;inset:32px;border-radius:96px;background:#1d4e89;color:#fff;display:flex;
align-items:center;justify-content:center;font:300px/1 "WenQuanYi Micro Hei","Noto Sans CJK SC","Microsoft YaHei",sans-serif}
</style><div>台</div>`;

const dir = await mkdtemp(join(tmpdir(), 'taizhang-icon-'));
try {
  const html = join(dir, 'icon.html');
  await writeFile(html, page);
  const out = join(import.meta.dirname, '..', 'resources', 'icons', 'icon.png');
  const result = spawnSync(chromium, [
    '--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars',
    '--default-background-color=00000000', `--window-size=${size},${size}`, `--screenshot=${out}`, pathToFileURL(html).href,
  ], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`chromium failed: ${result.stderr}`);
  console.log(`wrote ${out}`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
