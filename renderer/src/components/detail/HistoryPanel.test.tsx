// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { mediationStatusLabels } from '#shared/domain/labels';
import { renderApp, townshipStore } from '../../app/testing/render-app';
import { mediationDraft } from '../../app/testing/sample-drafts';
import { HistoryPanel } from './HistoryPanel';

afterEach(cleanup);

describe('HistoryPanel', { timeout: 60_000 }, () => {
  it('names who changed what, newest first, with Chinese field names and coded values in words, never personal data', async () => {
    const store = townshipStore();
    const created = await store.ledger.create('mediationCase', mediationDraft(), { person: '李文', deviceId: 'a' });
    if (!created.ok) throw new Error('sample refused');
    const id = created.record.id;
    await store.ledger.update('mediationCase', id, mediationDraft({
      status: 'mediating', personal: { parties: [{ partyId: 'p1', phone: '13800000000' }, { partyId: 'p2' }] },
    }), { person: '赵敏', deviceId: 'b' });

    renderApp(<HistoryPanel load={() => store.ledger.history(id)} fieldLabels={{ status: '调解状态', personal: '当事人身份证号码、电话、住址' }}
      valueLabels={{ status: mediationStatusLabels }} />, { store });

    const entries = within(await screen.findByRole('list', { name: '修改记录' })).getAllByRole('listitem');
    expect(entries[0]?.textContent).toMatch(/^修改 · 赵敏 · /);
    expect(entries[0]?.textContent).toContain('调解状态：已受理 → 调解中');
    expect(entries[0]?.textContent).toContain('当事人');
    expect(entries[0]?.textContent).not.toContain('13800000000');
    expect(entries.at(-1)?.textContent).toMatch(/^新建 · 李文 · /);
  });
});
