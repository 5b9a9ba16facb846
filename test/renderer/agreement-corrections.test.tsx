import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../shared/models/audit';
import { FakeFailure, installFakeBridge } from './fake-bridge';
import { AGREEMENT_1, ORG_KAIST, ORG_SEONGNAM, detail, organisation } from './fixtures';
import { fill, searchable } from './pickers';
import { renderApp } from './render-app';

const setup = () => userEvent.setup({ delay: null });
const organisations = searchable([organisation(ORG_KAIST, 'KAIST'), organisation(ORG_SEONGNAM, 'Seongnam City', { kind: 'city' })]);
const active = detail({ status: 'active', title: 'MOU on AI reserach', signedOn: '2023-06-13', termText: '3 years', durationMonths: 36 });

function entry(extra: Partial<AuditEntry>): AuditEntry {
  return { id: '0190f1a2-0000-7000-8000-000000000901', at: '2026-01-10T09:00:00.000Z', actor: 'kim', entity: 'agreement', entityId: AGREEMENT_1, action: 'update', before: null, after: null, reason: null, ...extra };
}

describe('correcting signed terms', { timeout: 30_000 }, () => {
  it('asks for a reason, then sends the corrected terms with it', async () => {
    const corrected = { ...active, title: 'MOU on AI research', updatedAt: '2026-01-11T09:00:00.000Z' };
    const fake = installFakeBridge({ 'organisations:list': organisations, 'agreements:get': () => active, 'agreements:correct': () => corrected });
    const user = setup();
    renderApp(`#/agreements/${AGREEMENT_1}`);
    await user.click(await screen.findByRole('button', { name: 'Correct signed terms…' }));
    const dialog = screen.getByRole('dialog', { name: 'Correct the signed terms' });
    expect(within(dialog).getByRole('note')).toHaveTextContent(/amendment: record it as a follow-on agreement/);
    const title = within(dialog).getByLabelText('Title');
    await user.clear(title);
    await user.paste('MOU on AI research');
    await user.click(within(dialog).getByRole('button', { name: 'Save correction' }));
    expect(within(dialog).getByLabelText(/Reason for the correction/)).toHaveAccessibleDescription('Reason is required.');
    expect(fake.callsTo('agreements:correct')).toHaveLength(0);

    await fill(user, within(dialog).getByLabelText(/Reason for the correction/), 'Title copied wrongly');
    await user.click(within(dialog).getByRole('button', { name: 'Save correction' }));
    await waitFor(() => expect(fake.callsTo('agreements:correct')).toHaveLength(1));
    expect(fake.callsTo('agreements:correct')[0]).toMatchObject({
      id: AGREEMENT_1,
      expectedUpdatedAt: active.updatedAt,
      reason: 'Title copied wrongly',
      values: { title: 'MOU on AI research', signedOn: '2023-06-13', duration: '3 years' },
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByRole('heading', { name: 'MOU on AI research' })).toBeInTheDocument();
  });

  it('says why main refused, and keeps what was typed in the dialog', async () => {
    installFakeBridge({
      'organisations:list': organisations,
      'agreements:get': () => active,
      'agreements:correct': () => {
        throw new FakeFailure({ code: 'VALIDATION', key: 'correction.nothingChanged', message: 'Nothing in the signed terms changed, so there is nothing to correct.' });
      },
    });
    const user = setup();
    renderApp(`#/agreements/${AGREEMENT_1}`);
    await user.click(await screen.findByRole('button', { name: 'Correct signed terms…' }));
    const dialog = screen.getByRole('dialog');
    await fill(user, within(dialog).getByLabelText(/Reason for the correction/), 'Check');
    await user.click(within(dialog).getByRole('button', { name: 'Save correction' }));
    expect(await screen.findByText('Nothing in the signed terms changed, so there is nothing to correct.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/Reason for the correction/)).toHaveValue('Check');
  });

  it('offers no correction before signing, and no removal of a draft (it is deleted instead)', async () => {
    installFakeBridge({ 'agreements:get': () => detail() });
    renderApp(`#/agreements/${AGREEMENT_1}`);
    expect(await screen.findByRole('button', { name: 'Delete' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Correct signed terms…' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Remove…' })).not.toBeInTheDocument();
  });
});

describe('putting back a status, and removing', () => {
  it('puts a status back to one main offers, with a reason', async () => {
    const terminated = { ...active, status: 'terminated' as const, putBackTo: ['active' as const] };
    const fake = installFakeBridge({ 'agreements:get': () => terminated, 'agreements:putBack': () => ({ ...active, putBackTo: ['terminated' as const] }) });
    const user = setup();
    renderApp(`#/agreements/${AGREEMENT_1}`);
    await user.click(await screen.findByRole('button', { name: 'Put status back…' }));
    const dialog = screen.getByRole('dialog', { name: 'Put back a status set by mistake' });
    expect(within(dialog).getByLabelText('Put back to')).toHaveValue('active');
    await user.click(within(dialog).getByRole('button', { name: 'Put back' }));
    expect(within(dialog).getByLabelText(/Reason/)).toHaveAccessibleDescription('Reason is required.');
    await fill(user, within(dialog).getByLabelText(/Reason/), 'Terminated the wrong agreement');
    await user.click(within(dialog).getByRole('button', { name: 'Put back' }));
    await waitFor(() => expect(fake.callsTo('agreements:putBack')).toEqual([{ id: AGREEMENT_1, to: 'active', reason: 'Terminated the wrong agreement', expectedUpdatedAt: active.updatedAt }]));
    expect(await screen.findByText('Status put back to Active.')).toBeInTheDocument();
  });

  it('removes a mis-entered agreement with a reason, saying its signing records stay in the chain', async () => {
    const signed = { ...active, signedPartyIds: [ORG_KAIST] };
    const fake = installFakeBridge({ 'agreements:get': () => signed, 'agreements:remove': () => ({ id: AGREEMENT_1 }) });
    const user = setup();
    renderApp(`#/agreements/${AGREEMENT_1}`);
    await user.click(await screen.findByRole('button', { name: 'Remove…' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove this agreement?' });
    expect(dialog).toHaveTextContent('Its signing records stay in the signing chain');
    await fill(user, within(dialog).getByLabelText(/Reason/), 'Entered twice');
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(fake.callsTo('agreements:remove')).toEqual([{ id: AGREEMENT_1, reason: 'Entered twice', expectedUpdatedAt: active.updatedAt }]));
    await waitFor(() => expect(window.location.hash).toBe('#/agreements'));
  });

  it('lists removed agreements under the register and restores one with a reason', async () => {
    const fake = installFakeBridge({
      'agreements:removed': () => ({
        total: 1,
        rows: [
          {
            id: AGREEMENT_1,
            referenceNo: 'MOU-2017-003',
            kind: 'mou',
            title: 'AI research cooperation',
            status: 'active',
            removedAt: '2026-01-10T09:00:00.000Z',
            removedBy: 'kim',
            reason: 'Entered twice',
            signingRecordCount: 2,
          },
        ],
      }),
      'agreements:restore': () => active,
      'agreements:get': () => active,
    });
    const user = setup();
    renderApp('#/agreements');
    await user.click(await screen.findByRole('button', { name: 'Removed agreements (1)' }));
    const table = screen.getByRole('table', { name: 'Removed agreements' });
    expect(table).toHaveTextContent('Entered twice');
    expect(table).toHaveTextContent('2 signing records kept');
    await user.click(within(table).getByRole('button', { name: 'Restore…' }));
    const dialog = screen.getByRole('dialog', { name: 'Restore “AI research cooperation”?' });
    await fill(user, within(dialog).getByLabelText(/Reason/), 'Removed the wrong copy');
    await user.click(within(dialog).getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(fake.callsTo('agreements:restore')).toEqual([{ id: AGREEMENT_1, reason: 'Removed the wrong copy' }]));
    await waitFor(() => expect(window.location.hash).toBe(`#/agreements/${AGREEMENT_1}`));
  });
});

describe('removed agreements, many of them', () => {
  it('pages through every removed agreement, so the oldest can still be restored', async () => {
    const removed = Array.from({ length: 120 }, (_, i) => ({
      id: `0190f1a2-0000-7000-8000-${String(5000 + i).padStart(12, '0')}`,
      referenceNo: `MOU-2017-${String(i).padStart(3, '0')}`,
      kind: 'mou' as const,
      title: `Copy ${i}`,
      status: 'draft' as const,
      removedAt: '2026-01-10T09:00:00.000Z',
      removedBy: 'kim',
      reason: `Entered twice (${i})`,
      signingRecordCount: 0,
    }));
    const fake = installFakeBridge({ 'agreements:removed': ({ offset = 0, limit = 50 }) => ({ total: removed.length, rows: removed.slice(offset, offset + limit) }) });
    const user = setup();
    renderApp('#/agreements');
    await user.click(await screen.findByRole('button', { name: 'Removed agreements (120)' }));
    const section = screen.getByRole('table', { name: 'Removed agreements' }).closest('section') as HTMLElement;
    expect(within(section).getByText('1–50 of 120')).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Next page' }));
    await user.click(await within(section).findByRole('button', { name: 'Next page' }));
    expect(await within(section).findByText('Entered twice (119)')).toBeInTheDocument();
    expect(within(section).getByText('101–120 of 120')).toBeInTheDocument();
    expect(fake.callsTo('agreements:removed').at(-1)).toMatchObject({ offset: 100, limit: 50 });
  });
});

describe('history of corrections', () => {
  it('shows a correction’s reason with what each term was and became', async () => {
    installFakeBridge({
      'agreements:get': () => active,
      'audit:list': () => ({
        total: 1,
        rows: [entry({ action: 'correct', reason: 'Title copied wrongly', before: { title: 'MOU on AI reserach', updatedAt: 'x' }, after: { title: 'MOU on AI research', updatedAt: 'y' } })],
      }),
    });
    renderApp(`#/agreements/${AGREEMENT_1}`);
    const history = await screen.findByRole('region', { name: 'History' });
    expect(await within(history).findByText('Signed terms corrected')).toBeInTheDocument();
    expect(within(history).getByText('title: MOU on AI reserach → MOU on AI research')).toBeInTheDocument();
    expect(within(history).getByText('Reason: Title copied wrongly')).toBeInTheDocument();
  });
});
