import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { installFakeBridge } from './fake-bridge';
import { AGREEMENT_1, AGREEMENT_2, ORG_KAIST, organisation, summary } from './fixtures';
import { pick, searchable } from './pickers';
import { renderApp } from './render-app';

describe('agreements list', () => {
  it('shows its empty state when there are no agreements', async () => {
    installFakeBridge({ 'agreements:list': () => ({ rows: [], total: 0 }) });
    renderApp('#/agreements');
    expect(await screen.findByText('No agreements yet')).toBeInTheDocument();
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'New agreement' })).toBeInTheDocument();
  });

  it('renders rows and asks main to sort when a header is clicked', async () => {
    const fake = installFakeBridge({
      'agreements:list': () => ({
        rows: [
          summary(AGREEMENT_1, 'Seongnam AI research centre', { status: 'active', signedOn: '2019-10-01' }),
          summary(AGREEMENT_2, 'AI industry MOU', { referenceNo: 'MOU-2017-003' }),
        ],
        total: 120,
      }),
    });
    const user = userEvent.setup();
    renderApp('#/agreements');
    const table = await screen.findByRole('grid', { name: 'Agreements' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByText('Seongnam AI research centre')).toBeInTheDocument();
    expect(within(table).getByText('Active')).toBeInTheDocument();
    expect(screen.getByText('1–50 of 120')).toBeInTheDocument();
    expect(fake.callsTo('agreements:list').at(-1)).toMatchObject({ offset: 0, limit: 50, sort: 'updatedAt', dir: 'desc' });

    await user.click(within(table).getByRole('button', { name: 'Title' }));
    await waitFor(() => expect(fake.callsTo('agreements:list').at(-1)).toMatchObject({ sort: 'title', dir: 'asc', offset: 0 }));
    expect(screen.getByRole('columnheader', { name: /Title/ })).toHaveAttribute('aria-sort', 'ascending');
    await user.click(screen.getByRole('button', { name: 'Title' }));
    await waitFor(() => expect(fake.callsTo('agreements:list').at(-1)).toMatchObject({ sort: 'title', dir: 'desc' }));
    expect(screen.getByRole('columnheader', { name: /Title/ })).toHaveAttribute('aria-sort', 'descending');

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(fake.callsTo('agreements:list').at(-1)).toMatchObject({ offset: 50, sort: 'title' }));
  });

  it('debounces the search box and filters by status', async () => {
    const fake = installFakeBridge();
    const user = userEvent.setup();
    renderApp('#/agreements');
    await user.type(await screen.findByLabelText('Search agreements'), 'kaist');
    await waitFor(() => expect(fake.callsTo('agreements:list').at(-1)).toMatchObject({ search: 'kaist' }));
    expect(fake.callsTo('agreements:list').filter((q) => q.search && q.search !== 'kaist')).toHaveLength(0);
    await user.click(screen.getByRole('checkbox', { name: 'Active' }));
    await waitFor(() => expect(fake.callsTo('agreements:list').at(-1)).toMatchObject({ search: 'kaist', statuses: ['active'] }));
  });

  it('opens the "new" form with n and focuses search with /', async () => {
    installFakeBridge();
    const user = userEvent.setup();
    renderApp('#/agreements');
    const search = await screen.findByLabelText('Search agreements');
    await user.keyboard('/');
    expect(search).toHaveFocus();
    search.blur();
    await user.keyboard('n');
    expect(await screen.findByRole('group', { name: 'Party 1' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/agreements/new');
  });

  it('filters by any partner in a large directory, asking main as the name is typed, and names it when coming back', async () => {
    // 2,000 organisations ahead of KAIST by name: a preloaded select of the first few hundred never reached it.
    const directory = [...Array.from({ length: 2000 }, (_, i) => organisation(`0190f1a2-0000-7000-8000-1${String(i).padStart(11, '0')}`, `Academy ${i}`)), organisation(ORG_KAIST, 'KAIST')];
    const fake = installFakeBridge({
      'organisations:list': searchable(directory),
      'organisations:get': ({ id }) => directory.find((o) => o.id === id) ?? directory[0],
    });
    const user = userEvent.setup();
    renderApp('#/agreements');
    await screen.findByLabelText('Search agreements');
    await pick(user, 'Partner', 'KAI', 'KAIST');
    await waitFor(() => expect(fake.callsTo('agreements:list').at(-1)).toMatchObject({ partnerId: ORG_KAIST, offset: 0 }));
    expect(fake.callsTo('organisations:list').at(-1)).toMatchObject({ search: 'KAI' });

    window.location.hash = '#/organisations';
    await screen.findByRole('heading', { name: 'Organisations' });
    window.location.hash = '#/agreements';
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Partner' })).toHaveValue('KAIST'));

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(fake.callsTo('agreements:list').at(-1)?.partnerId).toBeUndefined());
    expect(screen.getByRole('combobox', { name: 'Partner' })).toHaveValue('');
  });
});
