import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { BACKUP_MAGIC, BackupRefusal, compareVersions, openBackup, readBackupHeader, sealBackup, type BackupEntries } from './container';

const password = '司法所备份2026';
// The real count is 600,000 (checked below); the round trips use fewer so the suite stays quick.
const options = { password, appVersion: '0.3.0', createdAt: new Date('2026-12-06T08:00:00Z'), iterations: 1000 };
const text = (value: string) => new TextEncoder().encode(value);
const entries: BackupEntries = {
  'records.json': text(JSON.stringify({ mediationCase: [{ id: 'a', personal: { name: '张三', idNumber: '230422199001011234' } }] })),
  'files/abc': new Uint8Array([0, 1, 2, 250, 251, 252]),
};

async function refusalFrom(promise: Promise<unknown>): Promise<BackupRefusal> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(BackupRefusal);
    return error as BackupRefusal;
  }
  throw new Error('expected a refusal');
}

const refusalOf = async (promise: Promise<unknown>): Promise<string> => (await refusalFrom(promise)).code;

describe('backup container', () => {
  it('gives back every entry byte for byte with the right password', async () => {
    const file = await sealBackup(entries, options);
    const opened = await openBackup(file, password, '0.3.0');
    expect(Object.keys(opened.entries).sort()).toEqual(['files/abc', 'records.json']);
    expect(opened.entries['records.json']).toEqual(entries['records.json']);
    expect(opened.entries['files/abc']).toEqual(entries['files/abc']);
    expect(opened.header.createdAt).toBe('2026-12-06T08:00:00.000Z');
    expect(opened.header.appVersion).toBe('0.3.0');
  });

  it('keeps personal data out of the file in readable form', async () => {
    const file = await sealBackup(entries, options);
    const asText = new TextDecoder('latin1').decode(file);
    expect(asText.startsWith(BACKUP_MAGIC)).toBe(true);
    expect(asText).not.toContain('230422199001011234');
    expect(new TextDecoder().decode(file)).not.toContain('张三');
  });

  it('derives the key with 600,000 PBKDF2 iterations by default and says so in the header', async () => {
    const file = await sealBackup({ 'a.json': text('{}') }, { ...options, iterations: undefined });
    const { header } = readBackupHeader(file);
    expect(header.kdf).toEqual({ name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 });
    expect((await openBackup(file, password, '0.3.0')).entries['a.json']).toEqual(text('{}'));
  });

  it('refuses a file that is not a backup', async () => {
    expect(await refusalOf(openBackup(text('PK\u0003\u0004 a zip, not a backup'), password, '0.3.0'))).toBe('BACKUP_NOT_A_BACKUP');
    expect(await refusalOf(openBackup(zipSync({ 'a.txt': text('x') }), password, '0.3.0'))).toBe('BACKUP_NOT_A_BACKUP');
    expect(await refusalOf(openBackup(new Uint8Array(0), password, '0.3.0'))).toBe('BACKUP_NOT_A_BACKUP');
  });

  it('refuses a truncated file, cut in the header or in the data', async () => {
    const file = await sealBackup(entries, options);
    expect(await refusalOf(openBackup(file.subarray(0, 20), password, '0.3.0'))).toBe('BACKUP_TRUNCATED');
    expect(await refusalOf(openBackup(file.subarray(0, file.length - 1), password, '0.3.0'))).toBe('BACKUP_TRUNCATED');
  });

  it('refuses a tampered file: a flipped byte of the data or of the header', async () => {
    const file = await sealBackup(entries, options);
    const data = file.slice();
    data[data.length - 30] = (data[data.length - 30] as number) ^ 1;
    expect(await refusalOf(openBackup(data, password, '0.3.0'))).toBe('BACKUP_TAMPERED');
    // Same length, other creation time: the header is authenticated with the data.
    const header = new TextDecoder('latin1').decode(file);
    const at = header.indexOf('2026-12-06');
    const edited = file.slice();
    edited[at + 3] = '7'.charCodeAt(0);
    expect(await refusalOf(openBackup(edited, password, '0.3.0'))).toBe('BACKUP_TAMPERED');
  });

  it('refuses a wrong password, and a password too short to make one', async () => {
    const file = await sealBackup(entries, options);
    expect(await refusalOf(openBackup(file, 'not the password', '0.3.0'))).toBe('BACKUP_WRONG_PASSWORD');
    expect(await refusalOf(sealBackup(entries, { ...options, password: '1234567' }))).toBe('BACKUP_PASSWORD_TOO_SHORT');
  });

  it('refuses a backup from a newer app or a newer format, before asking for the password', async () => {
    const newerApp = await sealBackup(entries, { ...options, appVersion: '0.4.0' });
    expect(await refusalOf(openBackup(newerApp, 'any password', '0.3.0'))).toBe('BACKUP_TOO_NEW');
    expect((await openBackup(newerApp, password, '0.4.1')).entries['files/abc']).toEqual(entries['files/abc']);
    const file = await sealBackup(entries, options);
    const latin = new TextDecoder('latin1').decode(file);
    const at = latin.indexOf('"format":1');
    const newerFormat = file.slice();
    newerFormat[at + '"format":'.length] = '2'.charCodeAt(0);
    const refusal = await refusalFrom(openBackup(newerFormat, password, '0.3.0'));
    expect(refusal.code).toBe('BACKUP_TOO_NEW');
    expect(refusal.message).toContain('升级');
  });

  it('says in Chinese that nothing changed', async () => {
    const refusal = await refusalFrom(openBackup(text('hello'), password, '0.3.0'));
    expect(refusal.message).toMatch(/不是台账的备份文件.*本机数据没有任何改动/);
  });
});

describe('compareVersions', () => {
  it('orders dotted versions numerically and gives up on others', () => {
    expect(compareVersions('0.10.0', '0.9.9')).toBe(1);
    expect(compareVersions('1.0', '1.0.0')).toBe(0);
    expect(compareVersions('0.1.0', '0.2.0')).toBe(-1);
    expect(compareVersions('dev', '0.1.0')).toBeNull();
  });
});
