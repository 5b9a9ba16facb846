import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../shared/models/audit';
import { FakeFailure, installFakeBridge } from './fake-bridge';
import { ORG_KAIST, PERSON_LEE, organisation, person } from './fixtures';
import { renderApp } from './render-app';

const deletion = (over: Partial<AuditEntry>): AuditEntry => ({
  id: '0190f1a2-0000-7000-8000-00000000a001',
  at: '2026-03-01T09:30:00.000Z',
  actor: 'office',
  entity: 'organisation',
  entityId: ORG_KAIST,
  action: 'delete',
  before: organisation(ORG_KAIST, 'KAIST'),
  after: null,
  reason: 'Thought it was a duplicate',
  ...over,
});

describe('deleted records', () => {
  it('says when nothing has been deleted', async () => {
    installFakeBridge({ 'audit:deleted': () => ({ rows: [], total: 0 }) });
    renderApp('#/deleted');
    expect(await screen.findByText('Nothing has been deleted')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Deleted records' })).toHaveAttribute('aria-current', 'page');
  });

  it('lists what was deleted, when, by whom and why, and restores one with a reason, then opens it', async () => {
    const fake = installFakeBridge({
      'audit:deleted': () => ({
        rows: [
          deletion({}),
          deletion({ id: '0190f1a2-0000-7000-8000-00000000a002', entity: 'person', entityId: PERSON_LEE, before: person(PERSON_LEE, 'Lee Ji-eun', ORG_KAIST), reason: 'Left' }),
        ],
        total: 2,
      }),
      'organisations:restore': () => organisation(ORG_KAIST, 'KAIST'),
      'organisations:get': () => organisation(ORG_KAIST, 'KAIST'),
    });
    const user = userEvent.setup();
    renderApp('#/deleted');
    const table = await screen.findByRole('table', { name: 'Deleted records' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringMatching(/^OrganisationKAIST.*by office.*Thought it was a duplicate/),
      expect.stringMatching(/^PersonLee Ji-eun.*by office.*Left/),
    ]);

    await user.click(within(rows[0]).getByRole('button', { name: 'Restore… KAIST' }));
    const dialog = screen.getByRole('dialog', { name: 'Restore “KAIST”?' });
    await user.click(within(dialog).getByRole('button', { name: 'Restore' }));
    expect(fake.callsTo('organisations:restore')).toEqual([]);
    await user.type(within(dialog).getByLabelText(/Why is it coming back/), 'It was not a duplicate');
    await user.click(within(dialog).getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(fake.callsTo('organisations:restore')).toEqual([{ id: ORG_KAIST, reason: 'It was not a duplicate' }]));
    await waitFor(() => expect(window.location.hash).toBe(`#/organisations/${ORG_KAIST}`));
    expect(await screen.findByText('Restored.')).toBeInTheDocument();
  });

  it('shows main’s sentence when a record cannot come back yet, and stays', async () => {
    installFakeBridge({
      'audit:deleted': () => ({ rows: [deletion({ entity: 'person', entityId: PERSON_LEE, before: person(PERSON_LEE, 'Lee Ji-eun', ORG_KAIST) })], total: 1 }),
      'people:restore': () => {
        throw new FakeFailure({ code: 'CONFLICT', message: 'It cannot be restored while the organisation it names is deleted; restore that first.' });
      },
    });
    const user = userEvent.setup();
    renderApp('#/deleted');
    await user.click(await screen.findByRole('button', { name: 'Restore… Lee Ji-eun' }));
    await user.type(within(screen.getByRole('dialog')).getByLabelText(/Why is it coming back/), 'Back from leave');
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Restore' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('restore that first');
    expect(window.location.hash).toBe('#/deleted');
  });
});
