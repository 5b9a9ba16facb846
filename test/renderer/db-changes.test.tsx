import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../shared/models/audit';
import { captureDownloads } from './downloads';
import { installFakeBridge } from './fake-bridge';
import { AGREEMENT_1, ORG_KAIST, detail, organisation, summary } from './fixtures';
import { renderApp } from './render-app';

type Fake = ReturnType<typeof installFakeBridge>;

/** Main announces a change, and React has done whatever it does about it before this returns. */
async function changed(fake: Fake, entity: string, id: string | null = null): Promise<void> {
  await act(async () => fake.emit('db:changed', { entity, id }));
}

describe('db:changed re-runs only the queries that read what changed', () => {
  it('a person change leaves the organisation list alone; an organisation change reloads it', async () => {
    const fake = installFakeBridge({ 'organisations:list': () => ({ rows: [organisation(ORG_KAIST, 'KAIST')], total: 1 }) });
    renderApp('#/organisations');
    await screen.findByRole('grid', { name: 'Organisations' });
    expect(fake.callsTo('organisations:list')).toHaveLength(1);

    await changed(fake, 'person');
    await changed(fake, 'signing');
    expect(fake.callsTo('organisations:list')).toHaveLength(1);

    await changed(fake, 'organisation', ORG_KAIST);
    expect(fake.callsTo('organisations:list')).toHaveLength(2);
    // Each row counts the agreements naming it, so an agreement change reloads it too.
    await changed(fake, 'agreement', AGREEMENT_1);
    expect(fake.callsTo('organisations:list')).toHaveLength(3);
  });

  it('an organisation rename reloads the agreement list, which shows the new party name', async () => {
    let partyName = 'KAIST';
    const fake = installFakeBridge({
      'agreements:list': () => ({ rows: [summary(AGREEMENT_1, 'AI research', { partyNames: [partyName, 'Seongnam City'] })], total: 1 }),
    });
    renderApp('#/agreements');
    const table = await screen.findByRole('grid', { name: 'Agreements' });
    expect(within(table).getByText('KAIST · Seongnam City')).toBeInTheDocument();

    await changed(fake, 'document');
    expect(fake.callsTo('agreements:list')).toHaveLength(1);

    partyName = 'Korea Advanced Institute of Science and Technology';
    await changed(fake, 'organisation', ORG_KAIST);
    expect(await within(table).findByText('Korea Advanced Institute of Science and Technology · Seongnam City')).toBeInTheDocument();
    expect(fake.callsTo('agreements:list')).toHaveLength(2);
  });

  it('a new document or signing record re-runs the open agreement', async () => {
    const fake = installFakeBridge({ 'agreements:get': () => detail() });
    renderApp(`#/agreements/${AGREEMENT_1}`);
    await screen.findByRole('heading', { level: 1, name: 'AI research cooperation' });
    expect(fake.callsTo('agreements:get')).toHaveLength(1);

    await changed(fake, 'key');
    expect(fake.callsTo('agreements:get')).toHaveLength(1);
    await changed(fake, 'document');
    expect(fake.callsTo('agreements:get')).toHaveLength(2);
    await changed(fake, 'signing');
    expect(fake.callsTo('agreements:get')).toHaveLength(3);
  });

  it('a change it cannot place (demo data arriving) re-runs everything on screen', async () => {
    const fake = installFakeBridge();
    renderApp('#/people');
    await screen.findByText('No people yet');
    expect(fake.callsTo('people:list')).toHaveLength(1);

    await changed(fake, 'demo');
    expect(fake.callsTo('people:list')).toHaveLength(2);
  });
});

describe('our own writes invalidate the same way', () => {
  it('exporting a signed summary adds the export to the history on screen', async () => {
    captureDownloads();
    const history: AuditEntry[] = [];
    const entry = (action: AuditEntry['action']): AuditEntry => ({
      id: `0190f1a2-0000-7000-8000-00000000090${history.length}`,
      at: '2026-01-10T09:00:00.000Z',
      actor: 'tester',
      entity: 'agreement',
      entityId: AGREEMENT_1,
      action,
      before: null,
      after: null,
      reason: null,
    });
    history.push(entry('create'));
    const fake = installFakeBridge({
      'agreements:get': () => detail(),
      'audit:list': () => ({ rows: [...history].reverse(), total: history.length }),
      'exports:summary': () => {
        history.push(entry('export'));
        return { fileName: 'MOU-2017-003-signed-summary.json', mediaType: 'application/json', contentBase64: btoa('{}') };
      },
    });
    const user = userEvent.setup();
    renderApp(`#/agreements/${AGREEMENT_1}`);
    const section = await screen.findByRole('region', { name: 'History' });
    expect(await within(section).findByText('Created')).toBeInTheDocument();
    expect(within(section).queryByText('Exported')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Export signed summary (JSON)' }));
    expect(await within(section).findByText('Exported')).toBeInTheDocument();
    await waitFor(() => expect(fake.callsTo('exports:summary')).toHaveLength(1));
  });
});
