import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FakeFailure, installFakeBridge } from './fake-bridge';
import { ORG_KAIST, ORG_SEONGNAM, PERSON_LEE, organisation, person } from './fixtures';
import { pick, searchable } from './pickers';
import { renderApp } from './render-app';

const AT = '2026-01-10T09:00:00.000Z';
const LATER = '2026-01-11T09:00:00.000Z';
const organisations = searchable([organisation(ORG_KAIST, 'KAIST'), organisation(ORG_SEONGNAM, 'Seongnam City', { kind: 'city' })]);

describe('organisation form page', () => {
  it('edits with the version it loaded and opens the saved record', async () => {
    const fake = installFakeBridge({
      'organisations:get': () => organisation(ORG_KAIST, 'KAIST'),
      'organisations:update': () => organisation(ORG_KAIST, 'KAIST Daejeon', { updatedAt: LATER }),
    });
    const user = userEvent.setup();
    renderApp(`#/organisations/${ORG_KAIST}/edit`);
    const name = await screen.findByLabelText('Name');
    expect(screen.getByRole('heading', { level: 1, name: 'Edit KAIST' })).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-required', 'true');
    expect(screen.getByLabelText('Kind')).toHaveAttribute('aria-required', 'true');
    expect(screen.getByLabelText('Country')).toHaveAccessibleDescription(/English, Korean or Chinese/);
    await user.type(name, ' Daejeon');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(fake.callsTo('organisations:update')).toHaveLength(1));
    expect(fake.callsTo('organisations:update')[0]).toMatchObject({ id: ORG_KAIST, expectedUpdatedAt: AT, values: { name: 'KAIST Daejeon' } });
    expect(await screen.findByText('Organisation saved.')).toBeInTheDocument();
    await waitFor(() => expect(window.location.hash).toBe(`#/organisations/${ORG_KAIST}`));
  });

  it('says when the record is gone, with the way back to the list', async () => {
    installFakeBridge({
      'organisations:get': () => {
        throw new FakeFailure({ code: 'NOT_FOUND', message: 'No such organisation.' });
      },
    });
    renderApp(`#/organisations/${ORG_KAIST}/edit`);
    expect(await screen.findByText('This record does not exist any more.')).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Organisations' })).toHaveAttribute('href', '#/organisations');
  });

  it('cancels to the record when editing and to the list when creating', async () => {
    installFakeBridge({ 'organisations:get': () => organisation(ORG_KAIST, 'KAIST') });
    const user = userEvent.setup();
    renderApp(`#/organisations/${ORG_KAIST}/edit`);
    await screen.findByLabelText('Name');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(window.location.hash).toBe(`#/organisations/${ORG_KAIST}`));

    window.location.hash = '#/organisations/new';
    await screen.findByRole('form', { name: 'New organisation' });
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(window.location.hash).toBe('#/organisations'));
  });
});

describe('person form page', () => {
  it('offers a reload after a conflict and then saves against the newer version', async () => {
    let version = AT;
    const fake = installFakeBridge({
      'organisations:list': organisations,
      'people:get': () => ({ ...person(PERSON_LEE, 'Lee Ji-eun', ORG_KAIST), updatedAt: version }),
      'people:update': (input) => {
        if (input.expectedUpdatedAt !== version) throw new FakeFailure({ code: 'CONFLICT', message: 'Changed meanwhile.' });
        return person(PERSON_LEE, 'Lee Ji-eun', ORG_KAIST);
      },
    });
    const user = userEvent.setup();
    renderApp(`#/people/${PERSON_LEE}/edit`);
    await screen.findByRole('heading', { level: 1, name: 'Edit Lee Ji-eun' });
    version = LATER;
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Someone changed this person meanwhile — reload');
    await user.click(screen.getByRole('button', { name: 'Reload' }));
    await waitFor(() => expect(screen.queryByText('Someone changed this person meanwhile — reload')).not.toBeInTheDocument());
    expect(fake.callsTo('people:get')).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fake.callsTo('people:update')).toHaveLength(2));
    expect(fake.callsTo('people:update')[1]).toMatchObject({ expectedUpdatedAt: LATER });
    await waitFor(() => expect(window.location.hash).toBe(`#/people/${PERSON_LEE}`));
  });

  it('asks when a person moved and sends the day with the update', async () => {
    const fake = installFakeBridge({
      'organisations:list': organisations,
      'people:get': () => person(PERSON_LEE, 'Lee Ji-eun', ORG_KAIST),
      'people:update': () => person(PERSON_LEE, 'Lee Ji-eun', ORG_SEONGNAM),
    });
    const user = userEvent.setup();
    renderApp(`#/people/${PERSON_LEE}/edit`);
    // The form opens with the current organisation named, without asking main for a list.
    expect(await screen.findByRole('combobox', { name: 'Organisation' })).toHaveValue('KAIST');
    expect(fake.callsTo('organisations:list')).toHaveLength(0);
    expect(screen.queryByLabelText('Moved on')).not.toBeInTheDocument();
    await pick(user, 'Organisation', 'Seong', 'Seongnam City');
    const movedOn = screen.getByLabelText('Moved on');
    expect(movedOn).toHaveAttribute('aria-required', 'true');
    // The hint, then how the date in the field reads.
    expect(movedOn).toHaveAccessibleDescription(/^The organisation changed: when did the move happen\? Read as /);
    await user.clear(movedOn);
    await user.type(movedOn, '2026-03-01');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(fake.callsTo('people:update')).toHaveLength(1));
    expect(fake.callsTo('people:update')[0]).toMatchObject({ id: PERSON_LEE, movedOn: '2026-03-01', values: { organisationId: ORG_SEONGNAM } });
    expect(fake.callsTo('people:update')[0]).not.toHaveProperty('values.movedOn');
  });

  it('creates a person without a move date and cancels back to the list', async () => {
    const fake = installFakeBridge({
      'people:create': () => person(PERSON_LEE, 'Lee Ji-eun', null),
      'people:get': () => person(PERSON_LEE, 'Lee Ji-eun', null),
    });
    const user = userEvent.setup();
    renderApp('#/people/new');
    await user.type(await screen.findByLabelText('Name'), 'Lee Ji-eun');
    await user.click(screen.getByRole('button', { name: 'Add other name' }));
    await user.type(screen.getByLabelText('Other name'), '이지은');
    await user.type(screen.getByLabelText('Language'), 'ko');
    await user.type(screen.getByLabelText('Notes'), 'Met at the fair.');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fake.callsTo('people:create')).toHaveLength(1));
    expect(fake.callsTo('people:create')[0]).toEqual({
      name: 'Lee Ji-eun',
      altNames: [{ name: '이지은', lang: 'ko' }],
      title: '',
      organisationId: null,
      email: '',
      phone: '',
      notes: 'Met at the fair.',
    });
    await waitFor(() => expect(window.location.hash).toBe(`#/people/${PERSON_LEE}`));

    window.location.hash = '#/people/new';
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(window.location.hash).toBe('#/people'));
  });
});
