import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { installFakeBridge } from './fake-bridge';
import { AGREEMENT_1, ORG_KAIST, PERSON_LEE, detail } from './fixtures';
import { renderApp } from './render-app';

const withSignatories = () => {
  const base = detail({ status: 'awaiting_signature' });
  return {
    ...base,
    parties: base.parties.map((p, i) => ({
      ...p,
      signatories: [{ id: `0190f1a2-0000-7000-8000-00000000030${i}`, personId: PERSON_LEE, name: `Signer ${i}`, capacity: '' }],
    })),
  };
};

describe('agreement status actions', () => {
  it('offers only legal moves and explains a blocked one', async () => {
    installFakeBridge({ 'agreements:get': () => detail({ status: 'awaiting_signature' }) });
    renderApp(`#/agreements/${AGREEMENT_1}`);
    const sign = await screen.findByRole('button', { name: 'Mark as signed' });
    expect(sign).toBeDisabled();
    expect(sign).toHaveAccessibleDescription('KAIST has no signatory. Seongnam City has no signatory.');
    expect(screen.getByRole('button', { name: 'Move to negotiation' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Terminate' })).toBeEnabled();
    expect(screen.queryByRole('button', { name: 'Send for signature' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
  });

  it('asks for the signed date when marking as signed', async () => {
    let stored = withSignatories();
    const fake = installFakeBridge({
      'agreements:get': () => stored,
      'agreements:transition': ({ to, signedOn }) => {
        stored = { ...stored, status: to, signedOn: signedOn ?? null, updatedAt: '2026-01-11T09:00:00.000Z' };
        return stored;
      },
    });
    const user = userEvent.setup();
    renderApp(`#/agreements/${AGREEMENT_1}`);
    await user.click(await screen.findByRole('button', { name: 'Mark as signed' }));
    const dialog = screen.getByRole('dialog', { name: 'When was it signed?' });
    expect(dialog).toBeInTheDocument();
    const field = screen.getByLabelText('Signed on');
    await user.clear(field);
    await user.type(field, '2017-08-14');
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    await waitFor(() =>
      expect(fake.callsTo('agreements:transition')).toEqual([
        { id: AGREEMENT_1, to: 'active', signedOn: '2017-08-14', expectedUpdatedAt: withSignatories().updatedAt },
      ]),
    );
    expect(await screen.findByRole('button', { name: 'Mark as expired' })).toBeInTheDocument();
  });

  it('with documents attached, explains which party has no signing record', async () => {
    installFakeBridge({
      'agreements:get': () => ({ ...withSignatories(), signedOn: '2017-08-14', documentCount: 1, signedPartyIds: [ORG_KAIST] }),
    });
    renderApp(`#/agreements/${AGREEMENT_1}`);
    const sign = await screen.findByRole('button', { name: 'Mark as signed' });
    expect(sign).toBeDisabled();
    expect(sign).toHaveAccessibleDescription('Seongnam City has no signing record for the document.');
  });

  it('without documents, signatories and a date are enough', async () => {
    installFakeBridge({
      'agreements:get': () => ({ ...withSignatories(), signedOn: '2017-08-14', documentCount: 0, signedPartyIds: [] }),
    });
    renderApp(`#/agreements/${AGREEMENT_1}`);
    expect(await screen.findByRole('button', { name: 'Mark as signed' })).toBeEnabled();
  });
});
