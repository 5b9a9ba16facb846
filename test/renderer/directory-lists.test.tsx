import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FakeFailure, installFakeBridge } from './fake-bridge';
import { ORG_KAIST, ORG_SEONGNAM, PERSON_LEE, organisation, person } from './fixtures';
import { pick, searchable } from './pickers';
import { renderApp } from './render-app';

const organisations = () => ({
  rows: [organisation(ORG_KAIST, 'KAIST'), organisation(ORG_SEONGNAM, 'Seongnam City', { kind: 'city' })],
  total: 75,
});

describe('organisations list', () => {
  it('shows its empty state, and says nothing matched once a filter is set', async () => {
    const fake = installFakeBridge();
    const user = userEvent.setup();
    renderApp('#/organisations');
    expect(await screen.findByText('No organisations yet')).toBeInTheDocument();
    expect(screen.getByText('Add the universities, companies and agencies you work with.')).toBeInTheDocument();
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: /page/i })).not.toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Kind'), 'University');
    await waitFor(() => expect(fake.callsTo('organisations:list').at(-1)).toMatchObject({ kind: 'university', offset: 0 }));
    expect(await screen.findByText('No organisations match these filters')).toBeInTheDocument();
    expect(screen.getByText('Try a shorter search or clear the filters.')).toBeInTheDocument();
  });

  it('says why the list could not be read, instead of "No organisations yet", and reads it again on Reload', async () => {
    let failing = true;
    installFakeBridge({
      'organisations:list': () => {
        if (failing) throw new FakeFailure({ code: 'IO', key: 'request.notConnected', message: 'Liaison is not answering this page. If Liaison was restarted, open the address it printed.' });
        return organisations();
      },
    });
    const user = userEvent.setup();
    renderApp('#/organisations');
    expect(await screen.findByText('Liaison is not answering this page. If Liaison was restarted, open the address it printed.', { selector: '.empty-state__title' })).toBeInTheDocument();
    expect(screen.queryByText('No organisations yet')).not.toBeInTheDocument();
    failing = false;
    await user.click(screen.getByRole('button', { name: 'Reload' }));
    expect(within(await screen.findByRole('grid', { name: 'Organisations' })).getAllByRole('row')).toHaveLength(3);
  });

  it('renders rows, sorts, pages and opens a row', async () => {
    const fake = installFakeBridge({ 'organisations:list': organisations, 'organisations:get': () => organisation(ORG_KAIST, 'KAIST') });
    const user = userEvent.setup();
    renderApp('#/organisations');
    const table = await screen.findByRole('grid', { name: 'Organisations' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(screen.getByText('1–50 of 75')).toBeInTheDocument();
    expect(fake.callsTo('organisations:list').at(-1)).toEqual({ search: '', sort: 'name', dir: 'asc', offset: 0, limit: 50 });

    await user.click(within(table).getByRole('button', { name: 'Name' }));
    await waitFor(() => expect(fake.callsTo('organisations:list').at(-1)).toMatchObject({ sort: 'name', dir: 'desc' }));
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(fake.callsTo('organisations:list').at(-1)).toMatchObject({ offset: 50, dir: 'desc' }));
    await user.click(screen.getByRole('button', { name: 'Previous page' }));
    await waitFor(() => expect(fake.callsTo('organisations:list').at(-1)).toMatchObject({ offset: 0 }));

    await user.click(within(screen.getByRole('grid', { name: 'Organisations' })).getByText('KAIST'));
    expect(window.location.hash).toBe(`#/organisations/${ORG_KAIST}`);
  });

  it('debounces the search and takes the country once it is two letters', async () => {
    const fake = installFakeBridge();
    const user = userEvent.setup();
    renderApp('#/organisations');
    await user.type(await screen.findByLabelText('Search organisations'), 'kai');
    await waitFor(() => expect(fake.callsTo('organisations:list').at(-1)).toMatchObject({ search: 'kai' }));
    expect(fake.callsTo('organisations:list').filter((q) => q.search && q.search !== 'kai')).toHaveLength(0);

    const country = screen.getByLabelText('Country');
    await user.type(country, 'k');
    expect(fake.callsTo('organisations:list').filter((q) => q.country !== undefined)).toHaveLength(0);
    await user.type(country, 'r');
    await waitFor(() => expect(fake.callsTo('organisations:list').at(-1)).toMatchObject({ search: 'kai', country: 'KR' }));
    await user.clear(country);
    await waitFor(() => expect(fake.callsTo('organisations:list').at(-1)?.country).toBeUndefined());
  });

  it('opens the new form from its button', async () => {
    installFakeBridge();
    const user = userEvent.setup();
    renderApp('#/organisations');
    await user.click(await screen.findByRole('button', { name: 'New organisation' }));
    expect(await screen.findByRole('form', { name: 'New organisation' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/organisations/new');
  });
});

describe('people list', () => {
  it('filters by organisation and keeps the search when coming back', async () => {
    const fake = installFakeBridge({
      'organisations:list': searchable(organisations().rows),
      'people:list': () => ({ rows: [person(PERSON_LEE, 'Lee Ji-eun', ORG_KAIST)], total: 1 }),
    });
    const user = userEvent.setup();
    renderApp('#/people');
    const table = await screen.findByRole('grid', { name: 'People' });
    expect(within(table).getByText('Lee Ji-eun')).toBeInTheDocument();
    expect(screen.getByText('1–1 of 1')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Search people'), 'lee');
    await waitFor(() => expect(fake.callsTo('people:list').at(-1)).toMatchObject({ search: 'lee' }));
    await pick(user, 'Organisation', 'KAI', 'KAIST');
    await waitFor(() => expect(fake.callsTo('people:list').at(-1)).toMatchObject({ search: 'lee', organisationId: ORG_KAIST, offset: 0 }));

    window.location.hash = '#/organisations';
    await screen.findByRole('grid', { name: 'Organisations' });
    window.location.hash = '#/people';
    expect(await screen.findByLabelText('Search people')).toHaveValue('lee');
  });

  it('says nothing matched a search, focuses search with / and opens the new form with n', async () => {
    installFakeBridge();
    const user = userEvent.setup();
    renderApp('#/people');
    expect(await screen.findByText('No people yet')).toBeInTheDocument();
    const search = screen.getByLabelText('Search people');
    await user.keyboard('/');
    expect(search).toHaveFocus();
    await user.keyboard('x');
    expect(await screen.findByText('No people match these filters')).toBeInTheDocument();
    search.blur();
    await user.keyboard('n');
    expect(await screen.findByRole('form', { name: 'New person' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/people/new');
  });
});
