// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp, townshipStore } from '../../app/testing/render-app';
import { mediationDraft } from '../../app/testing/sample-drafts';
import { TrashPage } from './TrashPage';

afterEach(cleanup);

describe('回收站', { timeout: 60_000 }, () => {
  it('lists a deleted case with who deleted it, and 恢复 brings it back only after confirmation', async () => {
    const store = townshipStore();
    const created = await store.ledger.create('mediationCase', mediationDraft(), { person: '李文', deviceId: 't' });
    if (!created.ok) throw new Error('sample refused');
    await store.ledger.trash('mediationCase', created.record.id, { person: '赵敏', deviceId: 't' });

    renderApp(<TrashPage />, { store });
    const table = await screen.findByRole('table', { name: '回收站 · 人民调解' });
    const row = await within(table).findByRole('row', { name: created.record.caseNumber });
    expect(row.textContent).toContain('张三、李四');
    expect(row.textContent).toContain('赵敏');

    fireEvent.click(within(row).getByRole('button', { name: /^恢复/ }));
    const dialog = await screen.findByRole('dialog', { name: '恢复记录' });
    fireEvent.click(within(dialog).getByRole('button', { name: '取消' }));
    expect((await store.ledger.get('mediationCase', created.record.id))?.trashed).toBe(true);

    // Waits out the dialog's closing, which hides the page from assistive technology meanwhile.
    fireEvent.click(await within(row).findByRole('button', { name: /^恢复/ }));
    fireEvent.click(within(await screen.findByRole('dialog', { name: '恢复记录' })).getByRole('button', { name: '恢复' }));
    await screen.findByText('回收站是空的');
    await waitFor(async () => expect((await store.ledger.get('mediationCase', created.record.id))?.trashed).toBe(false));
  });
});
