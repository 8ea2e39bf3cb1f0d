// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import CryptoJS from 'crypto-js';
import { createDraftStorage } from './draft-storage';

const randomKey = () => btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32))));
const ID_NUMBER = '230422199001011234';
const SLOT = 'taizhang.draft.officer.new';

function unlocked(dataKey = randomKey(), now = () => new Date('2026-05-04T08:00:00Z')) {
  const drafts = createDraftStorage(localStorage, now);
  drafts.unlock(dataKey);
  return drafts;
}

afterEach(() => localStorage.clear());

describe('form drafts in localStorage', () => {
  it('round-trips a draft, stamped with the clock, and never keeps it in plain text', async () => {
    const drafts = unlocked();
    await drafts.save('officer.new', { name: '王五', personal: { idNumber: ID_NUMBER } });
    expect(await drafts.load('officer.new')).toEqual({ values: { name: '王五', personal: { idNumber: ID_NUMBER } }, savedAt: '2026-05-04T08:00:00.000Z' });

    const stored = Object.keys(localStorage).map((key) => localStorage.getItem(key)).join('\n');
    expect(stored).toMatch(/^gcm1:/);
    for (const plain of [ID_NUMBER, '王五', encodeURIComponent('王五'), 'idNumber', btoa(ID_NUMBER)]) expect(stored).not.toContain(plain);
  });

  it('discards a tampered draft: load gives null and the slot is emptied', async () => {
    const drafts = unlocked();
    await drafts.save('officer.new', { name: '王五' });
    const [format, iv, data] = localStorage.getItem(SLOT)!.split(':') as [string, string, string];
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    bytes[0]! ^= 1;
    localStorage.setItem(SLOT, `${format}:${iv}:${btoa(String.fromCharCode(...bytes))}`);

    expect(await drafts.load('officer.new')).toBeNull();
    expect(localStorage.getItem(SLOT)).toBeNull();
  });

  it('discards a draft sealed under another data key, or moved into another form\'s slot', async () => {
    await unlocked().save('officer.new', { name: '王五' });
    expect(await unlocked().load('officer.new')).toBeNull();
    expect(localStorage.getItem(SLOT)).toBeNull();

    const drafts = unlocked();
    await drafts.save('officer.new', { name: '王五' });
    localStorage.setItem('taizhang.draft.mediationCase.new', localStorage.getItem(SLOT)!);
    expect(await drafts.load('mediationCase.new')).toBeNull();
    expect((await drafts.load<{ name: string }>('officer.new'))?.values.name).toBe('王五');
  });

  it('discards a draft of the old AES-CBC format (before GCM) instead of restoring it', async () => {
    const dataKey = randomKey();
    const key = CryptoJS.enc.Base64.parse(dataKey);
    const iv = CryptoJS.lib.WordArray.random(16);
    const old = CryptoJS.AES.encrypt(JSON.stringify({ values: { name: '王五' }, savedAt: '2026-01-01T00:00:00.000Z' }), key, { iv }).toString();
    localStorage.setItem(SLOT, `${CryptoJS.enc.Base64.stringify(iv)}:${old}`);

    expect(await unlocked(dataKey).load('officer.new')).toBeNull();
    expect(localStorage.getItem(SLOT)).toBeNull();
  });

  it('a clear wins over a save still sealing, and the later of two saves is the one kept', async () => {
    const drafts = unlocked();
    const late = drafts.save('officer.new', { name: '王五' });
    drafts.clear('officer.new');
    await late;
    expect(localStorage.getItem(SLOT)).toBeNull();

    const first = drafts.save('officer.new', { name: '第一次' });
    const second = drafts.save('officer.new', { name: '第二次' });
    await Promise.all([first, second]);
    expect((await drafts.load<{ name: string }>('officer.new'))?.values.name).toBe('第二次');
  });

  it('keeps and reads nothing until unlocked', async () => {
    const drafts = createDraftStorage(localStorage);
    await drafts.save('officer.new', { name: '王五' });
    expect(localStorage.length).toBe(0);
    expect(await drafts.load('officer.new')).toBeNull();
  });
});
