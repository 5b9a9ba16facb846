import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { installFakeBridge } from './fake-bridge';
import { summary } from './fixtures';
import { renderApp } from './render-app';

const ending = (i: number) =>
  summary(`0190f1a2-0000-7000-8000-${String(3000 + i).padStart(12, '0')}`, `Ending ${i}`, { status: 'active', currentEnd: '2027-01-14', expiresOn: '2027-01-14' });

describe('home', { timeout: 20_000 }, () => {
  it('says how many more agreements expire or need a decision than it lists, and opens the register for all that expire', async () => {
    const fake = installFakeBridge({
      'agreements:overview': () => ({
        total: 100_003,
        byStatus: { draft: 50_002, negotiation: 1, awaiting_signature: 0, active: 30_000, expired: 10_000, terminated: 10_000, renewed: 0 },
        withinDays: 90,
        expiringSoon: { rows: [ending(1), ending(2), ending(3)], total: 238 },
        renewalDue: { rows: [ending(4)], total: 12 },
      }),
    });
    const user = userEvent.setup();
    renderApp('#/');
    const expiring = await screen.findByRole('region', { name: 'Expiring in the next 90 days' });
    expect(within(expiring).getAllByRole('link')).toHaveLength(3);
    expect(expiring).toHaveTextContent('Showing 3 of 238.');
    const renewal = screen.getByRole('region', { name: 'Renewal decision due' });
    expect(renewal).toHaveTextContent('Showing 1 of 12.');
    expect(within(renewal).queryByRole('button', { name: 'Show all' })).not.toBeInTheDocument();

    await user.click(within(expiring).getByRole('button', { name: 'Show all' }));
    await waitFor(() => expect(window.location.hash).toBe('#/agreements'));
    await waitFor(() => expect(fake.callsTo('agreements:list').at(-1)).toMatchObject({ expiringWithinDays: 90, sort: 'expiresOn', dir: 'asc', offset: 0 }));
  });

  it('says which kinds of reminder have more than it lists', async () => {
    const due = (i: number) => ({ kind: 'evaluationDue' as const, on: `2026-03-0${i}`, area: 'placements' as const, id: `0190f1a2-0000-7000-8000-00000000060${i}`, name: `Intern ${i} · Upstage`, overdue: true });
    installFakeBridge({ 'reminders:upcoming': () => ({ rows: [due(1), due(2)], more: ['evaluationDue'] }) });
    renderApp('#/');
    const coming = await screen.findByRole('region', { name: 'Coming up' });
    expect(await within(coming).findByRole('link', { name: 'Intern 2 · Upstage' })).toBeInTheDocument();
    expect(coming).toHaveTextContent('Evaluation due: there are more than the 2 listed here.');
  });
});
