import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FakeFailure, installFakeBridge } from './fake-bridge';
import { AGREEMENT_1, ORG_KAIST, ORG_SEONGNAM, detail, organisation } from './fixtures';
import { renderApp } from './render-app';

const organisations = () => ({
  rows: [organisation(ORG_KAIST, 'KAIST'), organisation(ORG_SEONGNAM, 'Seongnam City', { kind: 'city' })],
  total: 2,
});

describe('agreement form', () => {
  it('shows errors for a missing title and fewer than two parties, and does not create', async () => {
    const fake = installFakeBridge({ 'organisations:list': organisations });
    const user = userEvent.setup();
    renderApp('#/agreements/new');

    const party2 = await screen.findByRole('group', { name: 'Party 2' });
    await user.click(within(party2).getByRole('button', { name: 'Remove party' }));
    expect(screen.queryByRole('group', { name: 'Party 2' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const title = screen.getByLabelText('Title');
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription('Title is required.');
    expect(title).toHaveFocus();
    expect(screen.getByText('An agreement needs at least two parties.')).toBeInTheDocument();
    const party1 = screen.getByRole('group', { name: 'Party 1' });
    expect(within(party1).getByLabelText('Organisation')).toHaveAccessibleDescription('Choose an organisation.');
    expect(fake.callsTo('agreements:create')).toHaveLength(0);

    // Errors follow the fields once the form has been submitted.
    await user.type(title, 'AI cooperation');
    expect(title).not.toHaveAttribute('aria-invalid');
  });

  it('sends the parsed values, with money in integer minor units', async () => {
    const fake = installFakeBridge({
      'organisations:list': organisations,
      'agreements:create': () => detail({ title: 'AI cooperation' }),
      'agreements:get': () => detail({ title: 'AI cooperation' }),
    });
    const user = userEvent.setup();
    renderApp('#/agreements/new');

    await user.type(await screen.findByLabelText('Title'), 'AI cooperation');
    await user.type(screen.getByLabelText('Duration'), '3 years');
    await user.type(screen.getByLabelText('Tags'), 'AI, Seongnam ,AI');
    const party1 = screen.getByRole('group', { name: 'Party 1' });
    await waitFor(() => expect(within(party1).getAllByRole('option', { name: 'KAIST' })).toHaveLength(1));
    await user.selectOptions(within(party1).getByLabelText('Organisation'), 'KAIST');
    await user.type(within(party1).getByLabelText('Role'), 'University');
    const party2 = screen.getByRole('group', { name: 'Party 2' });
    await user.selectOptions(within(party2).getByLabelText('Organisation'), 'Seongnam City');

    await user.click(screen.getByRole('button', { name: 'Add contribution' }));
    const contribution = screen.getByRole('group', { name: 'Contribution 1' });
    await user.selectOptions(within(contribution).getByLabelText('Contributing party'), 'Seongnam City');
    await user.type(within(contribution).getByLabelText('Amount'), '100,000,000');
    await user.type(within(contribution).getByLabelText('Currency'), 'krw');

    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fake.callsTo('agreements:create')).toHaveLength(1));
    const sent = fake.callsTo('agreements:create')[0];
    expect(sent).toMatchObject({
      kind: 'mou',
      title: 'AI cooperation',
      duration: '3 years',
      tags: ['AI', 'Seongnam'],
      signedOn: null,
      parties: [
        { organisationId: ORG_KAIST, role: 'University', signatories: [] },
        { organisationId: ORG_SEONGNAM, role: '', signatories: [] },
      ],
      contributions: [{ organisationId: ORG_SEONGNAM, kind: 'money', amountMinor: 100_000_000, currency: 'KRW' }],
    });
    await waitFor(() => expect(window.location.hash).toBe(`#/agreements/${AGREEMENT_1}`));
  });

  it('puts main’s VALIDATION issues under the right fields', async () => {
    installFakeBridge({
      'organisations:list': organisations,
      'agreements:create': () => {
        throw new FakeFailure({
          code: 'VALIDATION',
          message: 'Check the highlighted fields.',
          issues: [{ path: 'referenceNo', message: 'This reference is already used.' }],
        });
      },
    });
    const user = userEvent.setup();
    renderApp('#/agreements/new');
    await user.type(await screen.findByLabelText('Title'), 'AI cooperation');
    await user.type(screen.getByLabelText('Reference'), 'MOU-2017-003');
    const party1 = screen.getByRole('group', { name: 'Party 1' });
    await waitFor(() => expect(within(party1).getAllByRole('option', { name: 'KAIST' })).toHaveLength(1));
    await user.selectOptions(within(party1).getByLabelText('Organisation'), 'KAIST');
    await user.selectOptions(within(screen.getByRole('group', { name: 'Party 2' })).getByLabelText('Organisation'), 'Seongnam City');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByLabelText('Reference')).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByLabelText('Reference')).toHaveAccessibleDescription(/This reference is already used\./);
  });

  it('shows signed terms read-only and reports a CONFLICT on save', async () => {
    const signed = detail({ status: 'active', signedOn: '2017-08-14' });
    const fake = installFakeBridge({
      'organisations:list': organisations,
      'agreements:get': () => signed,
      'agreements:update': () => {
        throw new FakeFailure({ code: 'CONFLICT', message: 'Changed meanwhile.' });
      },
    });
    const user = userEvent.setup();
    renderApp(`#/agreements/${AGREEMENT_1}/edit`);
    expect(await screen.findByRole('note')).toHaveTextContent(/need an addendum/);
    expect(screen.queryByLabelText('Title')).not.toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Party 1' })).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('Notes'), 'Renewal under discussion.');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Someone changed this agreement meanwhile — reload')).toBeInTheDocument();
    expect(fake.callsTo('agreements:update')[0]).toMatchObject({
      id: AGREEMENT_1,
      expectedUpdatedAt: signed.updatedAt,
      values: { title: signed.title, notes: 'Renewal under discussion.' },
    });
  });
});
