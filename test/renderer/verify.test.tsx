import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { VerifyResult } from '../../shared/models/export';
import type { ChainReport } from '../../shared/models/signing';
import { verifyResult } from './evidence-fixtures';
import { installFakeBridge } from './fake-bridge';
import { renderApp } from './render-app';

const SUMMARY = '{"format":"liaison-signed-summary"}\n';

async function verify(result: VerifyResult) {
  const fake = installFakeBridge({ 'exports:verify': () => result });
  const user = userEvent.setup();
  renderApp('#/verify');
  await user.upload(await screen.findByLabelText('Signed summary file'), new File([SUMMARY], 'MOU-2017-003-signed-summary.json', { type: 'application/json' }));
  const region = screen.getByRole('status', { name: 'Verification result' });
  await waitFor(() => expect(region).toHaveTextContent('MOU-2017-003-signed-summary.json'));
  await waitFor(() => expect(region.querySelector('.verdict')).not.toBeNull());
  expect(fake.callsTo('exports:verify')).toEqual([{ fileName: 'MOU-2017-003-signed-summary.json', contentBase64: btoa(SUMMARY) }]);
  return region;
}

describe('verify screen', () => {
  it('is in the sidebar', async () => {
    installFakeBridge();
    renderApp('#/verify');
    expect(await screen.findByRole('link', { name: 'Verify' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('heading', { level: 1, name: 'Verify' })).toBeInTheDocument();
  });

  it('shows a valid summary in green with the key, date and agreement', async () => {
    const region = await verify(verifyResult({ status: 'valid' }));
    expect(region).toHaveTextContent(/Valid — signed by key 9f86d081884c7d65 on .*2026/);
    expect(region).toHaveTextContent('Agreement: AI research cooperation');
    expect(region.querySelector('.verdict--valid')).not.toBeNull();
  });

  it('shows a tampered summary in red with the parts that changed', async () => {
    const region = await verify(verifyResult({ status: 'tampered', parts: ['signingRecords', 'readable text'], message: 'Changed after signing.' }));
    expect(region).toHaveTextContent('Tampered');
    const parts = within(region).getAllByRole('listitem').map((item) => item.textContent);
    expect(parts).toEqual(['Signing records', 'The readable text']);
    expect(region.querySelector('.verdict--tampered')).not.toBeNull();
  });

  it('shows an unknown key in amber with a way to import it', async () => {
    const region = await verify(verifyResult({ status: 'unknown_key', keyId: 'c0ffee0012345678' }));
    expect(region).toHaveTextContent('Signed with a key this Liaison does not know: c0ffee0012345678');
    expect(within(region).getByRole('link', { name: 'Go to Office key' })).toHaveAttribute('href', '#/keys');
    expect(region.querySelector('.verdict--unknown_key')).not.toBeNull();
  });

  it('says when a file is not a Liaison export', async () => {
    const region = await verify(
      verifyResult({ status: 'not_liaison', keyId: null, signedAt: null, title: null, message: 'This is not a Liaison signed summary (JSON or Markdown export).' }),
    );
    expect(region).toHaveTextContent('Not a Liaison signed summary');
    expect(region.querySelector('.verdict--not_liaison')).not.toBeNull();
  });

  it('checks the chain of signing records', async () => {
    let report: ChainReport = {
      intact: true,
      records: 12,
      head: 'ab',
    };
    const fake = installFakeBridge({ 'signing:verify': () => report });
    const user = userEvent.setup();
    renderApp('#/verify');
    await user.click(await screen.findByRole('button', { name: 'Check signing records' }));
    const region = screen.getByRole('status', { name: 'Signing records check' });
    await waitFor(() => expect(region).toHaveTextContent('Intact — 12 records'));

    const problems = [
      { seq: 7, recordId: null, reason: 'Record 7 does not match its hash.' },
      { seq: 10, recordId: null, reason: 'Records 10–12 are missing: deleted from the register.' },
    ];
    report = { intact: false, records: 12, seq: 7, recordId: null, reason: problems[0].reason, problems };
    await user.click(screen.getByRole('button', { name: 'Check signing records' }));
    await waitFor(() => expect(region).toHaveTextContent('Broken at record #7: Record 7 does not match its hash.'));
    // Every problem is listed, not only the first.
    expect(screen.getByRole('list', { name: 'Problems found' })).toHaveTextContent('Records 10–12 are missing');
    expect(fake.callsTo('signing:verify').length).toBeGreaterThanOrEqual(2);
    // The shell raises its banner too.
    expect(screen.getByRole('alert')).toHaveTextContent('The signing records have been altered.');
  });

  it('takes a file dropped on the zone', async () => {
    const fake = installFakeBridge({ 'exports:verify': () => verifyResult({ status: 'valid' }) });
    renderApp('#/verify');
    const input = await screen.findByLabelText('Signed summary file');
    const zone = input.closest('.drop-zone')!;
    const file = new File([SUMMARY], 'dropped.md', { type: 'text/markdown' });
    fireEvent.dragOver(zone, { dataTransfer: { types: ['Files'], files: [file] } });
    fireEvent.drop(zone, { dataTransfer: { types: ['Files'], files: [file] } });
    await waitFor(() => expect(screen.getByRole('status', { name: 'Verification result' })).toHaveTextContent('Valid'));
    expect(fake.callsTo('exports:verify')).toEqual([{ fileName: 'dropped.md', contentBase64: btoa(SUMMARY) }]);
  });
});
