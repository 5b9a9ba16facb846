import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { agreementsRecord } from '../../renderer/src/features/agreements/agreements-record';
import { useAppStore } from '../../renderer/src/store';
import { captureDownloads } from './downloads';
import { installFakeBridge } from './fake-bridge';
import { AGREEMENT_1, ORG_KAIST, detail } from './fixtures';
import { renderApp } from './render-app';

describe('register export', () => {
  it('sends the list’s filters and order, not its page, and follows the link main writes the file behind', async () => {
    const saved = captureDownloads();
    const token = 'a'.repeat(64);
    const fake = installFakeBridge({
      'exports:registerLink': ({ format }) => ({
        fileName: `agreements-2026-03-01.${format === 'csv' ? 'csv' : 'md'}`,
        mediaType: 'text/csv; charset=utf-8',
        url: `/downloads/${token}`,
      }),
    });
    const user = userEvent.setup();
    useAppStore.getState().setListQuery(agreementsRecord, {
      search: 'kaist',
      statuses: ['active', 'expired'],
      kinds: ['mou'],
      partnerId: ORG_KAIST,
      country: 'KR',
      expiringWithinDays: 90,
      sort: 'title',
      dir: 'asc',
    });
    useAppStore.getState().setListQuery(agreementsRecord, { offset: 100 });
    renderApp('#/agreements');
    await user.click(await screen.findByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const filters = {
      search: 'kaist',
      statuses: ['active', 'expired'],
      kinds: ['mou'],
      partnerId: ORG_KAIST,
      country: 'KR',
      expiringWithinDays: 90,
      sort: 'title',
      dir: 'asc',
    };
    expect(fake.callsTo('exports:registerLink')).toEqual([{ format: 'csv', ...filters }]);
    expect(fake.callsTo('exports:registerLink')[0]).not.toHaveProperty('offset');
    expect(fake.callsTo('exports:registerLink')[0]).not.toHaveProperty('limit');
    expect(saved[0].fileName).toBe('agreements-2026-03-01.csv');
    expect(new URL(saved[0].href).pathname).toBe(`/downloads/${token}`);

    await user.click(screen.getByRole('button', { name: 'Export Markdown' }));
    await waitFor(() => expect(fake.callsTo('exports:registerLink')).toHaveLength(2));
    expect(fake.callsTo('exports:registerLink')[1]).toEqual({ format: 'markdown', ...filters });
  });
});

describe('signed summary export', () => {
  it('exports each format and is busy meanwhile', async () => {
    const saved = captureDownloads();
    let finish: () => void = () => undefined;
    const fake = installFakeBridge({
      'agreements:get': () => detail(),
      'exports:summary': ({ format }) =>
        new Promise((resolve) => {
          finish = () => resolve({ fileName: `MOU-2017-003-signed-summary.${format}`, mediaType: 'application/octet-stream', contentBase64: btoa('x') });
        }),
    });
    const user = userEvent.setup();
    renderApp(`#/agreements/${AGREEMENT_1}`);
    await user.click(await screen.findByRole('button', { name: 'Export signed summary (PDF)' }));
    expect(await screen.findByText('Preparing the PDF; this can take a few seconds…')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export signed summary (JSON)' })).toBeDisabled();
    finish();
    await waitFor(() => expect(saved.map((f) => f.fileName)).toEqual(['MOU-2017-003-signed-summary.pdf']));
    expect(screen.getByRole('button', { name: 'Export signed summary (JSON)' })).toBeEnabled();

    await user.click(screen.getByRole('button', { name: 'Export signed summary (Markdown)' }));
    finish();
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(fake.callsTo('exports:summary')).toEqual([
      { agreementId: AGREEMENT_1, format: 'pdf' },
      { agreementId: AGREEMENT_1, format: 'markdown' },
    ]);
  });
});
