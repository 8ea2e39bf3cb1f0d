// @vitest-environment happy-dom
import { useCallback } from 'react';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { SaveFileRequest } from '#shared/bridge';
import type { AttachmentRef } from '#shared/files/index';
import type { AppStore } from '../../store/contract';
import { renderApp, townshipStore } from '../../app/testing/render-app';
import { mediationDraft } from '../../app/testing/sample-drafts';
import { useAsync } from '../../components/async/useAsync';
import { createFileSync, type FileSync } from '../../files/file-sync';
import { LocalFileStore } from '../../files/local-file-store';
import { AttachmentsSection } from './AttachmentsSection';
import { FilesProvider } from '../../app/files-context';

afterEach(cleanup);

let n = 0;
const dataKey = btoa(String.fromCharCode(...Array.from({ length: 32 }, (_, i) => i * 3)));

function CaseAttachments({ id, store }: { id: string; store: AppStore }) {
  const load = useCallback(() => store.ledger.get('mediationCase', id), [store, id]);
  const { data, reload } = useAsync(load);
  return data ? <AttachmentsSection kind="mediationCase" record={data} onChanged={reload} /> : null;
}

async function setup(fetchFn?: typeof fetch, attachments: AttachmentRef[] = []) {
  const store = townshipStore();
  const created = await store.ledger.create('mediationCase', mediationDraft({ attachments }), { person: '李文', deviceId: 't' });
  if (!created.ok) throw new Error('sample refused');
  const files = await LocalFileStore.open({ dataKey, name: `section-files-${++n}`, indexedDb: { indexedDB, IDBKeyRange }, chunkSize: 1024 });
  const fileSync: FileSync = createFileSync({
    store: files,
    fetch: fetchFn,
    connection: () => Promise.resolve(fetchFn ? { serverUrl: 'http://county.test', token: 'tzd_x' } : null),
    retryDelays: [3_600_000],
  });
  const saved: SaveFileRequest[] = [];
  const saveFile = (request: SaveFileRequest) => {
    saved.push(request);
    return Promise.resolve({ ok: true as const, value: { savedTo: `D:\\${request.suggestedName}` } });
  };
  renderApp(
    <FilesProvider value={{ fileSync: () => Promise.resolve(fileSync), saveFile, printToPdf: () => Promise.resolve({ ok: true, value: { savedTo: null } }) }}>
      <CaseAttachments id={created.record.id} store={store} />
    </FilesProvider>,
    { store },
  );
  return { store, id: created.record.id, saved, fileSync };
}

const pick = async (file: File) => {
  const input = await screen.findByLabelText('选择附件文件');
  await waitFor(() => expect(input.closest('label')?.getAttribute('aria-disabled')).not.toBe('true'));
  fireEvent.change(input, { target: { files: [file] } });
};

describe('附件 section', { timeout: 60_000 }, () => {
  it('adds a scan to the case: listed with name, purpose, size and 本机, referenced by the record, kept in 修改记录', async () => {
    const { store, id } = await setup();
    expect(await screen.findByText('暂无附件')).toBeTruthy();
    await pick(new File([new Uint8Array(2048).fill(7)], '调解协议书.pdf', { type: 'application/pdf' }));

    const table = await screen.findByRole('table', { name: '附件列表' });
    const row = await within(table).findByRole('row', { name: /调解协议书\.pdf/ });
    expect(row.textContent).toContain('调解协议书签字扫描件');
    expect(row.textContent).toContain('2 KB');
    await within(row).findByText('本机');
    const record = await store.ledger.get('mediationCase', id);
    expect(record?.attachments).toEqual([expect.objectContaining({ name: '调解协议书.pdf', size: 2048, mimeType: 'application/pdf', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown })]);
    expect((await store.ledger.history(id)).some((entry) => entry.changes.some((change) => change.field.startsWith('attachments')))).toBe(true);
  });

  it('refuses a file over 50 MB or of another type with a Chinese reason, adding nothing', async () => {
    const { store, id } = await setup();
    const big = new File([new Uint8Array(10)], '大扫描.pdf', { type: 'application/pdf' });
    Object.defineProperty(big, 'size', { value: 60 * 1024 * 1024 });
    await pick(big);
    expect((await screen.findByRole('alert')).textContent).toContain('附件不能超过 50 MB');
    await pick(new File(['x'], '录像.mp4', { type: 'video/mp4' }));
    expect((await screen.findByRole('alert')).textContent).toContain('不是图片或 PDF');
    expect((await store.ledger.get('mediationCase', id))?.attachments).toEqual([]);
  });

  it('saves a file through the bridge, and deletes it after asking — with 恢复 on this device', async () => {
    const { store, id, saved } = await setup();
    const bytes = new Uint8Array(3000).map((_, i) => i % 200);
    await pick(new File([bytes], '签到表.png', { type: 'image/png' }));
    fireEvent.click(await screen.findByRole('button', { name: '保存「签到表.png」' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.suggestedName).toBe('签到表.png');
    expect(saved[0]?.contents).toEqual(bytes);

    fireEvent.click(screen.getByRole('button', { name: '删除「签到表.png」' }));
    fireEvent.click(within(await screen.findByRole('dialog', { name: '删除附件' })).getByRole('button', { name: '删除' }));
    expect(await screen.findByText('暂无附件')).toBeTruthy();
    expect((await store.ledger.get('mediationCase', id))?.attachments).toEqual([]);

    fireEvent.click(await screen.findByRole('button', { name: '恢复「签到表.png」' }));
    await screen.findByRole('row', { name: /签到表\.png/ });
    expect((await store.ledger.get('mediationCase', id))?.attachments).toHaveLength(1);
  });

  it('shows a file this device lacks as 需下载, and the server’s refusal in Chinese', async () => {
    const notThere: typeof fetch = () =>
      Promise.resolve(new Response(JSON.stringify({ code: 'FILE_NOT_FOUND', message: '县服务器上没有这个附件，或本机无权查看；上传它的电脑联网后会自动补传。' }), { status: 404 }));
    // Added on another PC of the township; its record arrived here by sync, its bytes did not.
    const ref = { sha256: 'b'.repeat(64), name: '现场照片.jpg', mimeType: 'image/jpeg', size: 5000, purpose: '现场照片', addedAt: '2026-03-05T08:00:00.000Z' };
    await setup(notThere, [ref]);
    const row = await screen.findByRole('row', { name: /现场照片\.jpg/ });
    await within(row).findByText('需下载');
    fireEvent.click(within(row).getByRole('button', { name: '下载' }));
    expect((await screen.findByRole('alert')).textContent).toContain('本机无权查看');
  });
});
