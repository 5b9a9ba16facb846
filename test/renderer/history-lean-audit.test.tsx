import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../shared/models/audit';
import { installFakeBridge } from './fake-bridge';
import { AGREEMENT_1, detail } from './fixtures';
import { renderApp } from './render-app';

function entry(extra: Partial<AuditEntry>): AuditEntry {
  return { id: '0190f1a2-0000-7000-8000-000000000901', at: '2026-01-10T09:00:00.000Z', actor: 'kim', entity: 'agreement', entityId: AGREEMENT_1, action: 'update', before: null, after: null, reason: null, ...extra };
}

describe('history of lean audit rows', { timeout: 30_000 }, () => {
  it('names the fields an edit changed from rows holding those fields only, and a batch create as created', async () => {
    installFakeBridge({
      'agreements:get': () => detail({ title: 'After' }),
      // As main answers now: an edit holds the changed fields only; a create made by a batch (an
      // import) is the batch's one entry, cut to this record's row.
      'audit:list': () => ({
        total: 3,
        rows: [
          entry({ id: '0190f1a2-0000-7000-8000-000000000903', action: 'put_back', reason: 'Set by mistake', before: { status: 'expired' }, after: { status: 'active' } }),
          entry({ id: '0190f1a2-0000-7000-8000-000000000902', before: { title: 'Before', notes: '' }, after: { title: 'After', notes: 'renamed' } }),
          entry({ id: '0190f1a2-0000-7000-8000-000000000901', action: 'create', actor: 'import', after: { batch: 'import', rows: [{ row: 12, id: AGREEMENT_1 }] } }),
        ],
      }),
    });
    renderApp(`#/agreements/${AGREEMENT_1}`);
    const history = await screen.findByRole('region', { name: 'History' });
    expect(await within(history).findByText('Changed: title, notes')).toBeInTheDocument();
    expect(within(history).getByText('status: expired → active')).toBeInTheDocument();
    expect(within(history).getByText('Created')).toBeInTheDocument();
    expect(within(history).getAllByRole('listitem').filter((item) => item.classList.contains('history__entry'))).toHaveLength(3);
  });

  it('pages through a long trail instead of stopping at the newest hundred', async () => {
    // 230 edits, as main pages them: newest first, `limit` from `offset`.
    const trail = Array.from({ length: 230 }, (_, i) =>
      entry({ id: `0190f1a2-0000-7000-8000-${String(1000 + i).padStart(12, '0')}`, before: { title: `Title ${230 - i - 1}` }, after: { title: `Title ${230 - i}` } }),
    );
    const fake = installFakeBridge({
      'agreements:get': () => detail({ title: 'Title 230' }),
      'audit:list': ({ offset = 0, limit = 50 }) => ({ total: trail.length, rows: trail.slice(offset, offset + limit) }),
    });
    const user = userEvent.setup();
    renderApp(`#/agreements/${AGREEMENT_1}`);
    const history = await screen.findByRole('region', { name: 'History' });
    expect(await within(history).findByText('1–100 of 230')).toBeInTheDocument();
    await user.click(within(history).getByRole('button', { name: 'Next page' }));
    await user.click(await within(history).findByRole('button', { name: 'Next page' }));
    expect(await within(history).findByText('201–230 of 230')).toBeInTheDocument();
    await waitFor(() => expect(within(history).getAllByRole('listitem').filter((item) => item.classList.contains('history__entry'))).toHaveLength(30));
    expect(fake.callsTo('audit:list').at(-1)).toMatchObject({ entityId: AGREEMENT_1, offset: 200, limit: 100 });
  });
});
