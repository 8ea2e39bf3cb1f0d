// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { MediationNewPage } from '../features/mediation/MediationEditPage';
import { renderApp, townshipStore } from './testing/render-app';

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
