import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { captureDownloads } from './downloads';
import { keyInfo } from './evidence-fixtures';
import { AppError, fieldIssue } from '../../shared/errors';
import { FakeFailure, installFakeBridge } from './fake-bridge';
import { renderApp } from './render-app';

const RETIRED = keyInfo({ keyId: '1111222233334444', label: 'Office key (2025)', active: false, retiredAt: '2026-01-02T01:00:00.000Z', protection: 'file', fingerprint: '1111 2222' });
const PARTNER = keyInfo({ keyId: '5555666677778888', label: 'HKUST KTO', origin: 'imported', active: false, protection: 'none', fingerprint: '5555 6666' });

describe('office key screen', () => {
  it('shows the active key’s fingerprint, id and protection, and the other keys', async () => {
    installFakeBridge({ 'keys:list': () => [keyInfo(), RETIRED, PARTNER] });
    renderApp('#/keys');
    expect(await screen.findByText(keyInfo().fingerprint)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Office key' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByText('9f86d081884c7d65')).toBeInTheDocument();
    expect(screen.getByText('Stored in the system keychain')).toBeInTheDocument();
    const others = screen.getByRole('table', { name: 'Retired and partner keys' });
    expect(within(others).getByText('Office key (2025)')).toBeInTheDocument();
    expect(within(others).getByText('Retired office key')).toBeInTheDocument();
    expect(within(others).getByText('HKUST KTO')).toBeInTheDocument();
    expect(within(others).getByText('Partner key')).toBeInTheDocument();
  });

  it('says plainly what a key kept in a file cannot protect against, and not for a keychain key', async () => {
    installFakeBridge({ 'keys:list': () => [keyInfo({ protection: 'file' })] });
    const { unmount } = renderApp('#/keys');
    const note = await screen.findByRole('note', { name: 'What a key kept in a file protects against, and what it does not' });
    expect(note).toHaveTextContent('someone who has this computer’s data folder');
    expect(note).toHaveTextContent('sign the rewritten chain again, and make summaries that verify as valid');
    expect(note).toHaveTextContent('The desktop app keeps the private key in the system keychain, out of the data folder.');
    unmount();

    installFakeBridge({ 'keys:list': () => [keyInfo()] });
    renderApp('#/keys');
    expect(await screen.findByText('The private key is sealed in the system keychain: a copy of the data folder alone cannot sign.')).toBeInTheDocument();
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  it('asks before rotating; cancelling sends nothing, confirming rotates', async () => {
    const fake = installFakeBridge({ 'keys:list': () => [keyInfo()], 'keys:rotate': () => keyInfo({ keyId: 'aaaabbbbccccdddd' }) });
    const user = userEvent.setup();
    renderApp('#/keys');
    await user.click(await screen.findByRole('button', { name: 'Rotate key' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Rotate the office key?' });
    expect(dialog).toHaveTextContent('stay verifiable');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(fake.callsTo('keys:rotate')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Rotate key' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Rotate key' }));
    await waitFor(() => expect(fake.callsTo('keys:rotate')).toEqual([{}]));
    expect(await screen.findByText('A new office key is active: aaaabbbbccccdddd.')).toBeInTheDocument();
  });

  it('exports the public key as a file', async () => {
    const saved = captureDownloads();
    installFakeBridge({
      'keys:list': () => [keyInfo()],
      'keys:exportPublic': () => ({ fileName: 'liaison-key-9f86d081884c7d65.json', mediaType: 'application/json', contentBase64: btoa('{}') }),
    });
    const user = userEvent.setup();
    renderApp('#/keys');
    await user.click(await screen.findByRole('button', { name: 'Export public key' }));
    await waitFor(() => expect(saved.map((f) => f.fileName)).toEqual(['liaison-key-9f86d081884c7d65.json']));
  });

  it('imports a partner key, showing what is wrong first', async () => {
    let rejected = false;
    const fake = installFakeBridge({
      'keys:list': () => [keyInfo()],
      'keys:importPublic': () => {
        if (!rejected) {
          rejected = true;
          throw new FakeFailure(new AppError('VALIDATION', 'key.notPublicKey', undefined, [fieldIssue('content', 'key.notPublicKeyHere')]).toShape());
        }
        return PARTNER;
      },
    });
    const user = userEvent.setup();
    renderApp('#/keys');
    const form = await screen.findByRole('form', { name: 'Import a partner’s public key' });
    await user.click(within(form).getByRole('button', { name: 'Import key' }));
    expect(within(form).getByLabelText('Whose key is this?')).toHaveAccessibleDescription(/Name whose key this is\./);
    expect(fake.callsTo('keys:importPublic')).toHaveLength(0);

    await user.type(within(form).getByLabelText('Whose key is this?'), 'HKUST KTO');
    await user.type(within(form).getByLabelText('Public key'), 'not a key');
    await user.click(within(form).getByRole('button', { name: 'Import key' }));
    await waitFor(() => expect(within(form).getByLabelText('Public key')).toHaveAccessibleDescription(/Not a public key\./));

    await user.clear(within(form).getByLabelText('Public key'));
    await user.upload(within(form).getByLabelText('Public key file'), new File([PARTNER.publicKeyPem], 'hkust.pem'));
    await waitFor(() => expect(within(form).getByLabelText('Public key')).toHaveValue(PARTNER.publicKeyPem));
    await user.click(within(form).getByRole('button', { name: 'Import key' }));
    await waitFor(() => expect(fake.callsTo('keys:importPublic')).toHaveLength(2));
    expect(fake.callsTo('keys:importPublic')[1]).toEqual({ label: 'HKUST KTO', content: PARTNER.publicKeyPem });
    expect(await screen.findByText('Key 5555666677778888 imported.')).toBeInTheDocument();
  });
});
