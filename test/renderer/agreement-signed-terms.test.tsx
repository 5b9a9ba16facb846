import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { installFakeBridge } from './fake-bridge';
import { AGREEMENT_1, AGREEMENT_2, detail, summary } from './fixtures';
import { renderApp } from './render-app';

const umbrella = summary(AGREEMENT_2, 'Umbrella MOU', { referenceNo: 'MOU-2015-001', status: 'active' });
const child = (status: 'draft' | 'active') =>
  detail({ status, signedOn: status === 'active' ? '2017-08-14' : null, parentId: AGREEMENT_2, ancestors: [umbrella] });

describe('agreement form and the signed terms main locks', () => {
  it('does not offer to change the parent of an active agreement, shows it read-only and sends it unchanged', async () => {
    const active = child('active');
    const fake = installFakeBridge({
      'agreements:get': () => active,
      'agreements:list': () => ({ rows: [umbrella], total: 1 }),
      'agreements:update': () => active,
    });
    const user = userEvent.setup({ delay: null });
    renderApp(`#/agreements/${AGREEMENT_1}/edit`);
    const note = await screen.findByRole('note');
    expect(screen.queryByLabelText('Parent agreement')).not.toBeInTheDocument();
    const signedTerms = note.parentElement!;
    expect(within(signedTerms).getByText('Parent agreement').nextElementSibling).toHaveTextContent('MOU-2015-001 — Umbrella MOU');

    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fake.callsTo('agreements:update')).toHaveLength(1));
    expect(fake.callsTo('agreements:update')[0].values).toMatchObject({ parentId: AGREEMENT_2 });
  });

  it('still offers the parent while the agreement is a draft', async () => {
    installFakeBridge({ 'agreements:get': () => child('draft'), 'agreements:list': () => ({ rows: [umbrella], total: 1 }) });
    renderApp(`#/agreements/${AGREEMENT_1}/edit`);
    const parent = await screen.findByLabelText('Parent agreement');
    // The picker shows the parent by its reference and title.
    await waitFor(() => expect(parent).toHaveValue('MOU-2015-001 — Umbrella MOU'));
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  it('previews the expiry the duration implies, as main will store it, until an expiry is typed', async () => {
    installFakeBridge();
    renderApp('#/agreements/new');
    const duration = await screen.findByLabelText('Duration');
    fireEvent.change(duration, { target: { value: '1년 1개월' } });
    fireEvent.change(screen.getByLabelText('Signed on'), { target: { value: '2024-01-31' } });
    // 31 January + 13 months is 28 February 2025 (clamped); the term ends the day before.
    expect(duration).toHaveAccessibleDescription(/Runs until .*27.*2025/);
    fireEvent.change(screen.getByLabelText('Expires on'), { target: { value: '2025-06-30' } });
    expect(duration).not.toHaveAccessibleDescription(/Runs until/);
  });
});
