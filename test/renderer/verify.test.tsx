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

  it('shows a valid summary in green with whose key signed it, the date and agreement', async () => {
    const region = await verify(verifyResult({ status: 'valid' }));
    expect(region).toHaveTextContent(/Valid — signed by this office’s key “Office key” on .*2026/);
    expect(region).toHaveTextContent('Agreement: AI research cooperation');
    expect(region).toHaveTextContent('Key 9f86d081884c7d65, fingerprint 9F86 D081');
    expect(region.querySelector('.verdict--valid')).not.toBeNull();
    // The digests are there for comparing with a printed copy, folded away until asked for.
    expect(within(region).getByText('Section digests, to compare with a printed copy')).toBeInTheDocument();
    expect(within(region).getByRole('rowheader', { name: 'agreement' })).toBeInTheDocument();
  });

  it('names a partner’s key by the name it was imported under, and says a PDF was checked whole', async () => {
    const region = await verify(verifyResult({ status: 'valid', signer: { label: 'HKUST Knowledge Transfer Office', origin: 'imported' }, fileKind: 'pdf' }));
    expect(region).toHaveTextContent(/Valid — signed by HKUST Knowledge Transfer Office \(a partner’s key\) on .*2026/);
    expect(region).toHaveTextContent('Every byte of this PDF, its printed pages included, is as signed.');
  });

  it('says when the key that signed a valid summary was retired', async () => {
    const region = await verify(verifyResult({ status: 'valid', signer: { label: 'Office key (2025)', origin: 'own', retiredAt: '2026-03-02T10:00:00.000Z' } }));
    expect(region).toHaveTextContent(/Signed by a key retired on .*2026.*, before its retirement\. Anything that key signs after that date is refused\./);
  });

  it('does not mention retirement for a key still in use', async () => {
    expect(await verify(verifyResult({ status: 'valid' }))).not.toHaveTextContent('retired');
  });

  it('names a carried chain head that does not hold', async () => {
    const chain = await verify(verifyResult({ status: 'tampered', parts: ['chain'], message: 'The signing chain it carries does not hold.' }));
    expect(within(chain).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['The signing-chain head it carries']);
  });

  it('shows a tampered summary in red with the parts that changed', async () => {
    const region = await verify(verifyResult({ status: 'tampered', parts: ['signingRecords', 'readable text', 'pages', 'layout'], message: 'Changed after signing.' }));
    expect(region).toHaveTextContent('Tampered');
    const parts = within(region).getAllByRole('listitem').map((item) => item.textContent);
    expect(parts).toEqual([
      'Signing records',
      'The readable text',
      'The printed pages of the PDF',
      'Text around the signed data (spacing, order, extra or repeated entries)',
    ]);
    expect(region.querySelector('.verdict--tampered')).not.toBeNull();
  });

  it('shows an unknown key in amber with a way to import it', async () => {
    const region = await verify(verifyResult({ status: 'unknown_key', keyId: 'c0ffee0012345678', signer: null, digests: [], fingerprint: 'C0FF EE00 1234 5678' }));
    expect(region).toHaveTextContent('Signed with a key this Liaison does not know: c0ffee0012345678');
    expect(region).toHaveTextContent('Its fingerprint, to check with the office that sent it: C0FF EE00 1234 5678');
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

  it('takes a PDF summary from the file picker', async () => {
    const fake = installFakeBridge({ 'exports:verify': () => verifyResult({ status: 'valid', fileKind: 'pdf' }) });
    const user = userEvent.setup();
    renderApp('#/verify');
    const pdf = new File(['%PDF-1.4\n'], 'MOU-2017-003-signed-summary.pdf', { type: 'application/pdf' });
    await user.upload(await screen.findByLabelText('Signed summary file'), pdf);
    await waitFor(() => expect(screen.getByRole('status', { name: 'Verification result' })).toHaveTextContent('Every byte of this PDF'));
    expect(fake.callsTo('exports:verify')).toEqual([{ fileName: 'MOU-2017-003-signed-summary.pdf', contentBase64: btoa('%PDF-1.4\n') }]);
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
