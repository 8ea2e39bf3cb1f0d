// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { ReactNode } from 'react';
import { cleanup, fireEvent, renderHook, screen, waitFor } from '@testing-library/react';
import type { Draft } from '#shared/domain/draft';
import { MediationNewPage } from '../features/mediation/MediationEditPage';
import { renderApp, townshipStore } from './testing/render-app';
import { StaticStoreProvider } from './store-context';
import { useRuleValidation } from './useRuleValidation';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const dateInput = (name: string) => document.querySelector<HTMLInputElement>(`input[name="${name}"]`);

describe('today comes from the store clock', { timeout: 60_000 }, () => {
  it('a new case opens on the clock\'s date, and a session added later takes the clock\'s date at the click', async () => {
    let now = new Date(2024, 2, 5, 9, 30);
    const store = townshipStore({ clock: () => now });
    renderApp(<MediationNewPage />, { store, path: '/mediation/new' });
    await screen.findByLabelText('调解委员会');
    expect(dateInput('receivedOn')?.value).toBe('2024-03-05');

    now = new Date(2024, 2, 6, 0, 5);
    fireEvent.click(screen.getByRole('button', { name: '添加调解记录' }));
    await waitFor(() => expect(dateInput('sessions.0.date')?.value).toBe('2024-03-06'));
  });
});

describe('a form open across midnight', { timeout: 60_000 }, () => {
  it('checks dates against the day it is now, not the day it opened: the new day’s date is not 晚于今天', async () => {
    let now = new Date(2024, 2, 5, 23, 59);
    const store = townshipStore({ clock: () => now });
    const { result } = renderHook(() => useRuleValidation('mediationCase'), {
      wrapper: ({ children }: { children: ReactNode }) => <StaticStoreProvider store={store}>{children}</StaticStoreProvider>,
    });
    const draft = { receivedOn: '2024-03-06' } as Draft<'mediationCase'>;
    const inFuture = () => result.current(draft).filter((issue) => issue.code === 'DATE_IN_FUTURE' && issue.field === 'receivedOn');
    // Read when the form opened, at 23:59 on the 5th: the 6th is still ahead.
    await waitFor(() => expect(inFuture()).toHaveLength(1));

    now = new Date(2024, 2, 6, 0, 1);
    expect(inFuture()).toEqual([]);
  });
});
