import { screen } from '@testing-library/react';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { installFakeBridge } from './fake-bridge';
import { renderApp } from './render-app';

const REASON = 'Record 4 was changed after it was written.';
const BROKEN = { intact: false as const, records: 9, seq: 4, recordId: null, reason: REASON, problems: [{ seq: 4, recordId: null, reason: REASON }] };

describe('broken signing chain', () => {
  it('shows a persistent banner when main announces it', async () => {
    const fake = installFakeBridge();
    renderApp('#/agreements');
    await screen.findByRole('heading', { level: 1, name: 'Agreements' });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    act(() => fake.emit('signing:chainBroken', BROKEN));
    const banner = screen.getByRole('alert');
    expect(banner).toHaveTextContent('The signing records have been altered.');
    expect(banner).toHaveTextContent('Record #4 no longer matches the chain: Record 4 was changed after it was written.');
    expect(screen.getByRole('link', { name: 'Check signing records' })).toHaveAttribute('href', '#/verify');
    expect(screen.queryByRole('button', { name: /dismiss|close/i })).not.toBeInTheDocument();
  });

  it('also finds it by asking once at start-up (the announcement may come before the window listens)', async () => {
    installFakeBridge({ 'signing:verify': () => BROKEN });
    renderApp('#/people');
    expect(await screen.findByRole('alert')).toHaveTextContent('Record #4 no longer matches the chain');
  });
});
