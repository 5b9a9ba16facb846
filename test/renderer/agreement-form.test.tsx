import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppError, fieldIssue } from '../../shared/errors';
import { FakeFailure, installFakeBridge } from './fake-bridge';
import { AGREEMENT_1, AGREEMENT_2, ORG_KAIST, ORG_SEONGNAM, PERSON_LEE, detail, organisation, person, summary } from './fixtures';

const PERSON_MIN = '0190f1a2-0000-7000-8000-000000000012';
import { fill, pick, searchable } from './pickers';
import { renderApp } from './render-app';

const organisations = searchable([organisation(ORG_KAIST, 'KAIST'), organisation(ORG_SEONGNAM, 'Seongnam City', { kind: 'city' })]);

/** No typing delay: these tests fill many fields, and 2 shared cores make every keystroke count. */
const setup = () => userEvent.setup({ delay: null });

async function chooseParties(user: ReturnType<typeof setup>) {
  await pick(user, 'Organisation', 'KAI', 'KAIST', screen.getByRole('group', { name: 'Party 1' }));
  await pick(user, 'Organisation', 'Seong', 'Seongnam City', screen.getByRole('group', { name: 'Party 2' }));
}

describe('agreement form', () => {
  it('shows errors for a missing title and fewer than two parties, and does not create', async () => {
    const fake = installFakeBridge({ 'organisations:list': organisations });
    const user = setup();
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
    expect(within(party1).getByRole('combobox', { name: 'Organisation' })).toHaveAccessibleDescription('Choose an organisation.');
    expect(fake.callsTo('agreements:create')).toHaveLength(0);

    // Errors follow the fields once the form has been submitted.
    await user.type(title, 'AI');
    expect(title).not.toHaveAttribute('aria-invalid');
  });

  it('sends the typed terms and the parties chosen in the pickers', async () => {
    const fake = installFakeBridge({
      'organisations:list': organisations,
      'agreements:create': () => detail({ title: 'AI cooperation' }),
      'agreements:get': () => detail({ title: 'AI cooperation' }),
    });
    const user = setup();
    renderApp('#/agreements/new');

    await fill(user, await screen.findByLabelText('Title'), 'AI cooperation');
    await fill(user, screen.getByLabelText('Duration'), '3 years');
    await fill(user, screen.getByLabelText('Tags'), 'AI, Seongnam ,AI');
    await chooseParties(user);
    await fill(user, within(screen.getByRole('group', { name: 'Party 1' })).getByLabelText('Role'), 'University');
    // Party order is the agreement's: Seongnam City goes first.
    await user.click(within(screen.getByRole('group', { name: 'Party 2' })).getByRole('button', { name: 'Move up' }));
    expect(within(screen.getByRole('group', { name: 'Party 1' })).getByRole('combobox', { name: 'Organisation' })).toHaveValue('Seongnam City');

    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fake.callsTo('agreements:create')).toHaveLength(1));
    expect(fake.callsTo('agreements:create')[0]).toMatchObject({
      kind: 'mou',
      title: 'AI cooperation',
      duration: '3 years',
      tags: ['AI', 'Seongnam'],
      signedOn: null,
      parentId: null,
      parties: [
        { organisationId: ORG_SEONGNAM, role: '', signatories: [] },
        { organisationId: ORG_KAIST, role: 'University', signatories: [] },
      ],
    });
    await waitFor(() => expect(window.location.hash).toBe(`#/agreements/${AGREEMENT_1}`));
  });

  it('sends money in integer minor units, from a party chosen for the contribution', async () => {
    const fake = installFakeBridge({
      'organisations:list': organisations,
      'agreements:create': () => detail(),
      'agreements:get': () => detail(),
    });
    const user = setup();
    renderApp('#/agreements/new');
    await user.type(await screen.findByLabelText('Title'), 'AI');
    await chooseParties(user);

    await user.click(screen.getByRole('button', { name: 'Add contribution' }));
    const contribution = screen.getByRole('group', { name: 'Contribution 1' });
    await user.selectOptions(within(contribution).getByLabelText('Contributing party'), 'Seongnam City');
    await fill(user, within(contribution).getByLabelText('Amount'), '100,000,000');
    await user.type(within(contribution).getByLabelText('Currency'), 'krw');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(fake.callsTo('agreements:create')).toHaveLength(1));
    expect(fake.callsTo('agreements:create')[0]).toMatchObject({
      contributions: [{ organisationId: ORG_SEONGNAM, kind: 'money', amountMinor: 100_000_000, currency: 'KRW' }],
    });
  });

  it('puts main’s VALIDATION issues under the right fields', async () => {
    installFakeBridge({
      'organisations:list': organisations,
      'agreements:create': () => {
        throw new FakeFailure(
          new AppError('VALIDATION', 'agreement.referenceTaken', { reference: 'MOU-2017-003' }, [
            fieldIssue('referenceNo', 'agreement.referenceTakenHere'),
          ]).toShape(),
        );
      },
    });
    const user = setup();
    renderApp('#/agreements/new');
    await user.type(await screen.findByLabelText('Title'), 'AI');
    await fill(user, screen.getByLabelText('Reference'), 'MOU-2017-003');
    await chooseParties(user);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByLabelText('Reference')).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByLabelText('Reference')).toHaveAccessibleDescription(/Another agreement has this reference\./);
    expect(screen.getByLabelText('Reference')).toHaveFocus();
  });

  it('shows signed terms read-only and reports a CONFLICT on save', async () => {
    const signed = detail({ status: 'active', signedOn: '2017-08-14' });
    const fake = installFakeBridge({
      'agreements:get': () => signed,
      'agreements:update': () => {
        throw new FakeFailure({ code: 'CONFLICT', message: 'Changed meanwhile.' });
      },
    });
    const user = setup();
    renderApp(`#/agreements/${AGREEMENT_1}/edit`);
    expect(await screen.findByRole('note')).toHaveTextContent(/need an addendum/);
    expect(screen.queryByLabelText('Title')).not.toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Party 1' })).not.toBeInTheDocument();
    await fill(user, screen.getByLabelText('Notes'), 'Renewal soon.');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Someone changed this agreement meanwhile — reload')).toBeInTheDocument();
    expect(fake.callsTo('agreements:update')[0]).toMatchObject({
      id: AGREEMENT_1,
      expectedUpdatedAt: signed.updatedAt,
      values: { title: signed.title, notes: 'Renewal soon.' },
    });
  });
});

describe('agreement form pickers', () => {
  it('opens an existing agreement with its parties, signatories and parent named, without asking main', async () => {
    const parent = summary(AGREEMENT_2, 'Umbrella MOU', { referenceNo: 'MOU-2016-001' });
    const base = detail();
    const existing = detail({
      parentId: AGREEMENT_2,
      ancestors: [parent],
      parties: [
        { ...base.parties[0], signatories: [{ id: '0190f1a2-0000-7000-8000-000000000301', personId: PERSON_LEE, name: 'Lee Ji-eun', capacity: 'Dean' }] },
        base.parties[1],
      ],
    });
    const fake = installFakeBridge({ 'agreements:get': () => existing });
    renderApp(`#/agreements/${AGREEMENT_1}/edit`);

    const party1 = await screen.findByRole('group', { name: 'Party 1' });
    expect(within(party1).getByRole('combobox', { name: 'Organisation' })).toHaveValue('KAIST');
    expect(within(party1).getByRole('combobox', { name: 'Person' })).toHaveValue('Lee Ji-eun');
    expect(within(screen.getByRole('group', { name: 'Party 2' })).getByRole('combobox', { name: 'Organisation' })).toHaveValue('Seongnam City');
    expect(screen.getByRole('combobox', { name: 'Parent agreement' })).toHaveValue('MOU-2016-001 — Umbrella MOU');
    // Pickers ask main only when they are opened.
    expect(fake.callsTo('organisations:list')).toHaveLength(0);
    expect(fake.callsTo('people:list')).toHaveLength(0);
  });

  it('searches parent agreements in main, a page at a time, never offering the agreement itself', async () => {
    const fake = installFakeBridge({
      'agreements:get': () => detail(),
      'agreements:list': searchable([summary(AGREEMENT_1, 'AI research cooperation'), summary(AGREEMENT_2, 'AI umbrella', { referenceNo: 'MOU-2016-001' })]),
    });
    const user = setup();
    renderApp(`#/agreements/${AGREEMENT_1}/edit`);
    const parentBox = await screen.findByRole('combobox', { name: 'Parent agreement' });
    await user.type(parentBox, 'AI');

    expect(await screen.findByRole('option', { name: 'MOU-2016-001 — AI umbrella' })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: /AI research cooperation/ })).not.toBeInTheDocument();
    expect(fake.callsTo('agreements:list').at(-1)).toMatchObject({ search: 'AI', limit: 20 });
  });

  it('creates a missing organisation in a dialog, keeps what was typed, and chooses it', async () => {
    const created = organisation('0190f1a2-0000-7000-8000-000000000003', 'Pangyo Techno Valley', { kind: 'government_agency' });
    const fake = installFakeBridge({ 'organisations:list': organisations, 'organisations:create': () => created });
    const user = setup();
    renderApp('#/agreements/new');
    await fill(user, await screen.findByLabelText('Title'), 'Smart city pilot');

    const party1 = screen.getByRole('group', { name: 'Party 1' });
    const box = within(party1).getByRole('combobox', { name: 'Organisation' });
    await fill(user, box, 'Pangyo Techno Valley');
    await user.click(await screen.findByRole('option', { name: 'Create “Pangyo Techno Valley”' }));

    const dialog = await screen.findByRole('dialog', { name: 'New organisation' });
    expect(within(dialog).getByLabelText('Name')).toHaveValue('Pangyo Techno Valley');
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(within(dialog).getByLabelText('Kind')).toHaveAccessibleDescription('Choose a kind.');
    await user.selectOptions(within(dialog).getByLabelText('Kind'), 'Government agency');
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(fake.callsTo('organisations:create')[0]).toMatchObject({ name: 'Pangyo Techno Valley', kind: 'government_agency' });
    expect(box).toHaveValue('Pangyo Techno Valley');
    expect(box).toHaveFocus();
    expect(screen.getByLabelText('Title')).toHaveValue('Smart city pilot');
    // The dialog's submit stayed in the dialog.
    expect(fake.callsTo('agreements:create')).toHaveLength(0);
  });

  it('creates a signatory at the party’s organisation, lists that organisation’s people first, and sends the new person', async () => {
    const people = searchable([person(PERSON_LEE, 'Lee Ji-eun', ORG_KAIST), { ...person(PERSON_MIN, 'Lee Min-ho', ORG_SEONGNAM), organisationName: 'Seongnam City' }]);
    const newcomer = '0190f1a2-0000-7000-8000-000000000013';
    const fake = installFakeBridge({
      'organisations:list': organisations,
      'people:list': (input) => {
        // Main filters by organisation; the fake does it here.
        const rows = people(input).rows.filter((p) => !input.organisationId || p.organisationId === input.organisationId);
        return { rows, total: rows.length };
      },
      'people:create': (input) => person(newcomer, input.name, input.organisationId ?? null),
      'agreements:create': () => detail(),
      'agreements:get': () => detail(),
    });
    const user = setup();
    renderApp('#/agreements/new');
    await user.type(await screen.findByLabelText('Title'), 'AI');
    await chooseParties(user);

    const party2 = screen.getByRole('group', { name: 'Party 2' });
    await user.click(within(party2).getByRole('button', { name: 'Add signatory' }));
    const personBox = within(party2).getByRole('combobox', { name: 'Person' });
    await user.type(personBox, 'Lee');
    const here = await screen.findByRole('group', { name: 'At this organisation' });
    expect(within(here).getByRole('option', { name: /Lee Min-ho/ })).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Everyone else' })).getByRole('option', { name: /Lee Ji-eun/ })).toBeInTheDocument();

    await fill(user, personBox, ' Soo-yeon');
    await user.click(await screen.findByRole('option', { name: 'Create “Lee Soo-yeon”' }));
    const dialog = await screen.findByRole('dialog', { name: 'New person' });
    expect(within(dialog).getByRole('combobox', { name: 'Organisation' })).toHaveValue('Seongnam City');
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(personBox).toHaveValue('Lee Soo-yeon'));
    expect(fake.callsTo('people:create')[0]).toMatchObject({ name: 'Lee Soo-yeon', organisationId: ORG_SEONGNAM });

    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fake.callsTo('agreements:create')).toHaveLength(1));
    expect(fake.callsTo('agreements:create')[0].parties[1]).toMatchObject({ organisationId: ORG_SEONGNAM, signatories: [{ personId: newcomer }] });
  });
});
