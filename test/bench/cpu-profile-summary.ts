// Reads a Chromium CPU profile (CDP Profiler.stop) of the bench page and says where the time went:
// self and inclusive time per source module (the unminified bundle's `// path` comment before each
// module), node_modules by package, plus the busiest functions. For `npm run bench:sync -- --profile`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface CallFrame { functionName: string; url: string; lineNumber: number; columnNumber: number }
interface ProfileNode { id: number; callFrame: CallFrame; children?: number[] }
export interface CpuProfile { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] }

const special = new Set(['(idle)', '(program)', '(garbage collector)', '(root)']);

/** 'rxdb', 'dexie', 'crypto-js' … for node_modules; the repository path for the project's own code. */
function groupOf(source: string): string {
  const at = source.lastIndexOf('node_modules/');
  if (at < 0) return source.replace(/^(\.\.\/)+/, '');
  const rest = source.slice(at + 'node_modules/'.length).split('/');
  const pkg = rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  // rxdb's plugins and parts say more than 'rxdb' alone.
  if (pkg === 'rxdb') return `rxdb/${rest.slice(rest.indexOf('esm') + 1, -1).join('/') || rest.at(-1)}`;
  return pkg ?? source;
}

/** Where each module of a bundle starts: [0-based line, source path], in line order. */
function modulesOf(file: string): [number, string][] {
  if (!existsSync(file)) return [];
  const starts: [number, string][] = [];
  readFileSync(file, 'utf8').split('\n').forEach((line, at) => {
    const match = /^\/\/ (\S+\.(?:m?js|tsx?))$/.exec(line);
    if (match?.[1]) starts.push([at, match[1]]);
  });
  return starts;
}

function moduleAt(starts: [number, string][], line: number): string | undefined {
  let low = 0;
  let high = starts.length - 1;
  let found: string | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const entry = starts[middle];
    if (entry && entry[0] <= line) {
      found = entry[1];
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

export function summariseProfile(profile: CpuProfile, outDir: string, top = 25): string {
  const bundles = new Map<string, [number, string][]>();
  const modulesFor = (url: string) => {
    if (!bundles.has(url)) bundles.set(url, modulesOf(join(outDir, new URL(url).pathname)));
    return bundles.get(url) ?? [];
  };
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const place = new Map<number, { group: string; name: string }>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    if (special.has(functionName) || !url.startsWith('http')) {
      place.set(node.id, { group: functionName || '(native)', name: functionName || '(anonymous)' });
      continue;
    }
    const group = groupOf(moduleAt(modulesFor(url), lineNumber) ?? url);
    place.set(node.id, { group, name: `${functionName || '(anonymous)'} ${group}:${lineNumber + 1}:${columnNumber}` });
  }

  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const fnSelf = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const delta = (profile.timeDeltas[i] ?? 0) / 1000;
    total += delta;
    const here = place.get(id);
    if (!here) return;
    self.set(here.group, (self.get(here.group) ?? 0) + delta);
    fnSelf.set(here.name, (fnSelf.get(here.name) ?? 0) + delta);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const group = place.get(at)?.group;
      if (group && byId.get(at)?.callFrame.url && !seen.has(group)) {
        seen.add(group);
        inclusive.set(group, (inclusive.get(group) ?? 0) + delta);
      }
    }
  });
  const ms = (v: number) => `${Math.round(v).toLocaleString('en-US').padStart(8)} ms ${((100 * v) / total).toFixed(1).padStart(5)} %`;
  const rows = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, v]) => `  ${ms(v)}  ${name}`);
  return [
    `CPU profile: ${Math.round(total).toLocaleString('en-US')} ms sampled`,
    'self time by source (idle = the main thread waiting: IndexedDB, network, timers):', ...rows(self),
    'inclusive time by source (a file counted once per sample):', ...rows(inclusive),
    'busiest functions (self):', ...rows(fnSelf),
  ].join('\n');
}
