import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildDiagnosticZip, DIAGNOSTIC_ENTRIES, diagnosticFileName, type DiagnosticFacts } from './diagnostic-zip';

const DATA_KEY = 'q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJAAA=';
const TOKEN = 'tzd_s3cr3t-token_value';

const facts: DiagnosticFacts = {
  app: { name: '台账', version: '1.4.0', platform: 'desktop', os: 'win32' },
  exportedAt: new Date('2026-12-06T07:30:00.000Z'),
  keyProtection: 'os',
  settings: { deviceId: '0193a1b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b', operatorName: '李文静', townshipId: 'zhongren', role: 'township' },
  sync: {
    status: {
      phase: 'error',
      online: true,
      waiting: 3,
      conflicts: 1,
      lastSyncedAt: '2026-12-06T07:00:00.000Z',
      lastError: { code: 'DEVICE_REVOKED', message: '本机已被停用', at: '2026-12-06T07:10:00.000Z' },
      problemRecords: [{ kind: 'mediationCase', recordId: 'r1', title: '王小明与张大山邻里纠纷', message: '无法保存' }],
    },
    enrollment: { serverUrl: 'https://county.example', deviceId: 'dev-7', deviceName: '李文静的电脑', role: 'township', townshipId: 'zhongren', enrolledAt: '2026-11-01T00:00:00.000Z' },
  },
  logLines: [
    '[2026-12-06 15:00:00.000] [info] 台账已启动 1.4.0',
    `[2026-12-06 15:01:00.000] [error] [页面] 同步失败 Bearer ${TOKEN}`,
    '[2026-12-06 15:02:00.000] [error] [页面] 身份证 110101199003071234 李文静 校验失败',
  ],
};

/** The zip's entries as text; a missing entry reads as '' (and fails the assertions that need it). */
function read(zip: Uint8Array): Record<string, string> {
  const entries = Object.fromEntries(Object.entries(unzipSync(zip)).map(([name, bytes]) => [name, strFromU8(bytes)]));
  return new Proxy(entries, { get: (target, name: string) => target[name] ?? '' });
}

describe('buildDiagnosticZip', () => {
  const entries = read(buildDiagnosticZip(facts, [DATA_KEY, TOKEN, '李文静']));

  it('holds the readme, versions, settings, sync state and log, and nothing else', () => {
    expect(Object.keys(entries).sort()).toEqual([...DIAGNOSTIC_ENTRIES].sort());
    expect(entries['README.txt']).toContain('请把这个文件发给县司法局');
  });

  it('says what a helper needs: versions, township and role, sync phase and counts, enrollment server', () => {
    expect(JSON.parse(entries['versions.json'] ?? '')).toMatchObject({ version: '1.4.0', platform: 'desktop', os: 'win32', keyProtection: 'os' });
    expect(JSON.parse(entries['settings.json'] ?? '')).toEqual({ known: true, deviceId: facts.settings?.deviceId, townshipId: 'zhongren', role: 'township', operatorName: '已填写' });
    expect(JSON.parse(entries['sync.json'] ?? '')).toMatchObject({
      phase: 'error',
      waiting: 3,
      conflicts: 1,
      lastError: { code: 'DEVICE_REVOKED' },
      problemRecords: [{ kind: 'mediationCase', recordId: 'r1' }],
      enrollment: { serverUrl: 'https://county.example', deviceId: 'dev-7', townshipId: 'zhongren' },
    });
    expect(entries['log.txt']?.trim().split('\n')).toHaveLength(3);
    expect(entries['log.txt']).toContain('台账已启动 1.4.0');
  });

  it('holds no secret and no personal data in any entry', () => {
    const all = Object.values(entries).join('\n');
    for (const forbidden of [DATA_KEY, TOKEN, '110101199003071234', '李文静', '王小明', '张大山']) expect(all).not.toContain(forbidden);
  });

  it('says why there are no log lines when the log could not be read', () => {
    const zip = read(buildDiagnosticZip({ app: facts.app, exportedAt: facts.exportedAt, logLines: null, logProblem: '文件被占用' }, []));
    expect(zip['log.txt']).toContain('无法读取运行记录：文件被占用');
    expect(JSON.parse(zip['settings.json'] ?? '')).toEqual({ known: false });
  });
});

describe('diagnosticFileName', () => {
  it('names the file with the local date and time', () => {
    expect(diagnosticFileName(new Date(2026, 11, 6, 9, 5))).toBe('台账诊断信息-20261206-0905.zip');
  });
});
