import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SimilarNamesQuery } from '../../shared/models/similar-names';
import { installFakeBridge } from './fake-bridge';
import { ORG_KAIST, ORG_SEONGNAM, PERSON_LEE, detail, organisation, person } from './fixtures';
import { pick, searchable } from './pickers';
import { renderApp } from './render-app';

const kaistMatch = { id: ORG_KAIST, name: 'KAIST', matchedName: 'KAIST', similarity: 'same' as const, detail: 'KR' };
/** Main's answer for KAIST typed any way; nothing otherwise. */
const similarOrganisations = (query: SimilarNamesQuery) => ({ rows: query.name.trim().toLowerCase() === 'kaist' ? [kaistMatch] : [] });

describe('duplicate warning', () => {
  it('warns while " kaist " is typed as a new organisation, names its country, and opens the existing one without asking to leave', async () => {
    const fake = installFakeBridge({ 'organisations:similar': similarOrganisations, 'organisations:get': () => organisation(ORG_KAIST, 'KAIST') });
    const user = userEvent.setup();
    renderApp('#/organisations/new');
    await user.type(await screen.findByLabelText('Name'), ' kaist ');

    const warning = await screen.findByRole('status', { name: 'This may already be in the register' });
    expect(within(warning).getByText('KAIST')).toBeInTheDocument();
    expect(warning).toHaveTextContent('South Korea');
    expect(fake.callsTo('organisations:similar').at(-1)).toMatchObject({ name: ' kaist ' });

    await user.click(within(warning).getByRole('button', { name: 'Use the existing one' }));
    await waitFor(() => expect(window.location.hash).toBe(`#/organisations/${ORG_KAIST}`));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('still lets a different organisation of a similar name be saved', async () => {
    const created = organisation(ORG_SEONGNAM, 'KAIST');
    const fake = installFakeBridge({
      'organisations:similar': similarOrganisations,
      'organisations:create': () => created,
      'organisations:get': () => created,
    });
    const user = userEvent.setup();
    renderApp('#/organisations/new');
    await user.type(await screen.findByLabelText('Name'), 'KAIST');
    await user.selectOptions(screen.getByLabelText('Kind'), 'university');
    await screen.findByRole('status', { name: 'This may already be in the register' });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fake.callsTo('organisations:create')).toHaveLength(1));
  });

  it('shows nothing when main finds no likely duplicate', async () => {
    const fake = installFakeBridge({ 'organisations:similar': similarOrganisations });
    const user = userEvent.setup();
    renderApp('#/organisations/new');
    await user.type(await screen.findByLabelText('Name'), 'Upstage');
    await waitFor(() => expect(fake.callsTo('organisations:similar').length).toBeGreaterThan(0));
    expect(screen.queryByRole('status', { name: 'This may already be in the register' })).not.toBeInTheDocument();
  });

  it('in a picker\'s create dialog, "Use the existing one" picks that person instead of creating a second', async () => {
    const fake = installFakeBridge({
      'organisations:list': searchable([organisation(ORG_KAIST, 'KAIST'), organisation(ORG_SEONGNAM, 'Seongnam City')]),
      'people:list': searchable([]),
      'people:similar': (query) => ({
        rows: query.name.toLowerCase().includes('lee ji') ? [{ id: PERSON_LEE, name: 'Lee Ji-eun', matchedName: 'Lee Ji-eun', similarity: 'same' as const, detail: 'KAIST' }] : [],
      }),
      'people:get': () => person(PERSON_LEE, 'Lee Ji-eun', ORG_KAIST),
      'agreements:create': () => detail(),
    });
    const user = userEvent.setup({ delay: null });
    renderApp('#/agreements/new');
    await pick(user, 'Organisation', 'KAI', 'KAIST', await screen.findByRole('group', { name: 'Party 1' }));
    const party1 = screen.getByRole('group', { name: 'Party 1' });
    await user.click(within(party1).getByRole('button', { name: 'Add signatory' }));
    const personBox = within(party1).getByRole('combobox', { name: 'Person' });
    await user.type(personBox, 'lee ji-eun');
    await user.click(await screen.findByRole('option', { name: 'Create “lee ji-eun”' }));

    const dialog = await screen.findByRole('dialog', { name: 'New person' });
    const warning = await within(dialog).findByRole('status', { name: 'This may already be in the register' });
    expect(warning).toHaveTextContent('Lee Ji-eun · KAIST');
    await user.click(within(warning).getByRole('button', { name: 'Use the existing one' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'New person' })).not.toBeInTheDocument());
    expect(personBox).toHaveValue('Lee Ji-eun');
    expect(fake.callsTo('people:create')).toHaveLength(0);
  });
});
