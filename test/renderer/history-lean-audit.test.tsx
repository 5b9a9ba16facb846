import { screen, within } from '@testing-library/react';
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
});
