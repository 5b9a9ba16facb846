import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { RecordDocument } from '../../shared/models/document';
import { blobText, captureDownloads } from './downloads';
import { DOC_1, HASH_A, HASH_B, VERSION_1, VERSION_2, mouDocument, version } from './evidence-fixtures';
import { FakeFailure, installFakeBridge } from './fake-bridge';
import { AGREEMENT_1, ORG_KAIST, PERSON_LEE, detail, organisation, person } from './fixtures';
import { renderApp } from './render-app';

/** Bytes that start like a PDF and then hold every byte value, over several base64 chunks. */
function pdfBytes(size = 70_000): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i += 1) bytes[i] = (i * 7 + 13) % 256;
  bytes.set([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37]);
  return bytes;
}

describe('documents section', () => {
  it('says when nothing is attached', async () => {
    installFakeBridge({ 'agreements:get': () => detail() });
    renderApp(`#/agreements/${AGREEMENT_1}`);
    const section = await screen.findByRole('region', { name: 'Documents' });
    expect(await within(section).findByText('No documents attached yet.')).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Attach document' })).toBeEnabled();
  });

  it('lists each version with its size, uploader, signed badge and full SHA-256', async () => {
    installFakeBridge({ 'agreements:get': () => detail({ documentCount: 1 }), 'documents:list': () => [mouDocument()] });
    renderApp(`#/agreements/${AGREEMENT_1}`);
    const table = await screen.findByRole('table', { name: 'Versions of Signed MOU' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]).getByText('v2')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Signed')).toBeInTheDocument();
    expect(within(rows[1]).getByText('mou-signed.pdf')).toBeInTheDocument();
    expect(within(rows[1]).getByText(HASH_B).tagName).toBe('CODE');
    expect(within(rows[1]).getByText(/48\.2\s?kB/)).toBeInTheDocument();
    expect(within(rows[1]).getByText(/by kim/)).toBeInTheDocument();
    expect(within(rows[1]).queryByRole('button', { name: 'Mark as signed version' })).not.toBeInTheDocument();
    expect(within(rows[2]).getByText(HASH_A)).toBeInTheDocument();
    expect(within(rows[2]).queryByText('Signed')).not.toBeInTheDocument();
    expect(within(rows[2]).getByRole('button', { name: 'Mark as signed version' })).toBeInTheDocument();
    expect(within(rows[2]).getByRole('button', { name: 'Download' })).toBeInTheDocument();
  });

  it('downloads a version in browser mode and marks another as signed', async () => {
    const saved = captureDownloads();
    const fake = installFakeBridge({
      'agreements:get': () => detail({ documentCount: 1 }),
      'documents:list': () => [mouDocument()],
      'documents:content': () => ({ fileName: 'mou-v1.pdf', mediaType: 'application/pdf', sha256: HASH_A, contentBase64: btoa('%PDF-1.7 draft') }),
      'documents:markSigned': () => mouDocument(),
    });
    const user = userEvent.setup();
    renderApp(`#/agreements/${AGREEMENT_1}`);
    const table = await screen.findByRole('table', { name: 'Versions of Signed MOU' });
    const draft = within(table).getAllByRole('row')[2];
    await user.click(within(draft).getByRole('button', { name: 'Download' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(fake.callsTo('documents:content')).toEqual([{ versionId: VERSION_1 }]);
    expect(fake.callsTo('documents:open')).toHaveLength(0);
    expect(saved[0].fileName).toBe('mou-v1.pdf');
    expect(await blobText(saved[0].blob)).toBe('%PDF-1.7 draft');

    await user.click(within(draft).getByRole('button', { name: 'Mark as signed version' }));
    await waitFor(() => expect(fake.callsTo('documents:markSigned')).toEqual([{ versionId: VERSION_1 }]));
  });
});

describe('attach dialog', () => {
  it('uploads the chosen file as base64 of exactly its bytes', async () => {
    const bytes = pdfBytes();
    const added: RecordDocument = { ...mouDocument(), versions: [version(VERSION_1, 1, { fileName: 'MOU 2017.pdf' })] };
    const fake = installFakeBridge({ 'agreements:get': () => detail(), 'documents:add': () => added });
    const user = userEvent.setup();
    renderApp(`#/agreements/${AGREEMENT_1}`);
    await user.click(await screen.findByRole('button', { name: 'Attach document' }));
    const dialog = screen.getByRole('dialog', { name: 'Attach document' });
    await user.upload(within(dialog).getByLabelText('File'), new File([bytes], 'MOU 2017.pdf', { type: 'application/pdf' }));
    await user.type(within(dialog).getByLabelText('Title'), 'Signed MOU');
    await user.type(within(dialog).getByLabelText('Language'), 'ko');
    await user.click(within(dialog).getByRole('checkbox', { name: 'This is the signed version' }));
    await user.click(within(dialog).getByRole('button', { name: 'Attach' }));

    await waitFor(() => expect(fake.callsTo('documents:add')).toHaveLength(1));
    const sent = fake.callsTo('documents:add')[0];
    expect(sent).toEqual({
      owner: { kind: 'agreement', id: AGREEMENT_1 },
      fileName: 'MOU 2017.pdf',
      title: 'Signed MOU',
      language: 'ko',
      signed: true,
      contentBase64: Buffer.from(bytes).toString('base64'),
    });
    expect(Buffer.from(sent.contentBase64, 'base64').equals(Buffer.from(bytes))).toBe(true);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('MOU 2017.pdf attached.')).toBeInTheDocument();
  });

  it('adds a version to an existing document', async () => {
    const fake = installFakeBridge({
      'agreements:get': () => detail({ documentCount: 1 }),
      'documents:list': () => [mouDocument()],
      'documents:add': () => mouDocument(),
    });
    const user = userEvent.setup();
    renderApp(`#/agreements/${AGREEMENT_1}`);
    await user.click(await screen.findByRole('button', { name: 'Add version' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a version of Signed MOU' });
    expect(within(dialog).queryByLabelText('Title')).not.toBeInTheDocument();
    await user.upload(within(dialog).getByLabelText('File'), new File([pdfBytes(100)], 'v3.pdf'));
    await user.click(within(dialog).getByRole('button', { name: 'Attach' }));
    await waitFor(() => expect(fake.callsTo('documents:add')).toHaveLength(1));
    expect(fake.callsTo('documents:add')[0]).toMatchObject({ owner: { kind: 'agreement', id: AGREEMENT_1 }, documentId: DOC_1, fileName: 'v3.pdf', signed: false });
  });

  it('asks for a file, and shows main’s VALIDATION message next to it', async () => {
    const message = 'Liaison keeps PDF, DOCX, PNG, JPEG, TIFF files; this file is none of those.';
    const fake = installFakeBridge({
      'agreements:get': () => detail(),
      'documents:add': () => {
        throw new FakeFailure({ code: 'VALIDATION', message });
      },
    });
    const user = userEvent.setup();
    renderApp(`#/agreements/${AGREEMENT_1}`);
    await user.click(await screen.findByRole('button', { name: 'Attach document' }));
    const dialog = screen.getByRole('dialog', { name: 'Attach document' });
    await user.click(within(dialog).getByRole('button', { name: 'Attach' }));
    expect(within(dialog).getByLabelText('File')).toHaveAccessibleDescription(/Choose a file\./);
    expect(fake.callsTo('documents:add')).toHaveLength(0);

    // Named like a PDF, but main looks at the bytes.
    await user.upload(within(dialog).getByLabelText('File'), new File(['just some notes'], 'notes.pdf', { type: 'application/pdf' }));
    await user.click(within(dialog).getByRole('button', { name: 'Attach' }));
    await waitFor(() => expect(within(dialog).getByText(message)).toBeInTheDocument());
    expect(within(dialog).getByLabelText('File')).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByLabelText('File')).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(screen.getByRole('dialog', { name: 'Attach document' })).toBeInTheDocument();
  });
});

describe('on organisation and person pages', () => {
  it('lists and attaches an organisation’s own documents', async () => {
    const framework: RecordDocument = {
      ...mouDocument(),
      owner: { kind: 'organisation', id: ORG_KAIST },
      title: 'Framework contract',
      versions: [version(VERSION_1, 1, { fileName: 'framework.pdf' })],
    };
    const fake = installFakeBridge({
      'organisations:get': () => organisation(ORG_KAIST, 'KAIST'),
      'documents:list': () => [framework],
      'documents:add': () => framework,
    });
    const user = userEvent.setup();
    renderApp(`#/organisations/${ORG_KAIST}`);
    const section = await screen.findByRole('region', { name: 'Documents' });
    expect(await within(section).findByRole('table', { name: 'Versions of Framework contract' })).toBeInTheDocument();
    expect(fake.callsTo('documents:list')).toEqual([{ owner: { kind: 'organisation', id: ORG_KAIST } }]);

    await user.click(within(section).getByRole('button', { name: 'Attach document' }));
    const dialog = screen.getByRole('dialog', { name: 'Attach document' });
    await user.upload(within(dialog).getByLabelText('File'), new File([pdfBytes(100)], 'framework-2026.pdf'));
    await user.click(within(dialog).getByRole('button', { name: 'Attach' }));
    await waitFor(() => expect(fake.callsTo('documents:add')).toHaveLength(1));
    expect(fake.callsTo('documents:add')[0]).toMatchObject({ owner: { kind: 'organisation', id: ORG_KAIST }, fileName: 'framework-2026.pdf' });
  });

  it('shows a person’s documents, and says when there are none', async () => {
    const fake = installFakeBridge({ 'people:get': () => person(PERSON_LEE, 'Lee Ji-eun', ORG_KAIST) });
    renderApp(`#/people/${PERSON_LEE}`);
    const section = await screen.findByRole('region', { name: 'Documents' });
    expect(await within(section).findByText('No documents attached yet.')).toBeInTheDocument();
    expect(fake.callsTo('documents:list')).toEqual([{ owner: { kind: 'person', id: PERSON_LEE } }]);
  });
});

describe('in the desktop app', () => {
  /** The preload's bridge is present; calls still go to the fake installed by the test. */
  function asDesktop() {
    window.liaison = { invoke: () => Promise.reject(new Error('unused')), on: () => () => undefined };
    onTestFinished(() => {
      delete window.liaison;
    });
  }

  it('lets main pick the file, and opens versions in the OS viewer (saving when it cannot)', async () => {
    asDesktop();
    const saved = captureDownloads();
    let picks = 0;
    const fake = installFakeBridge({
      'agreements:get': () => detail({ documentCount: 1 }),
      'documents:list': () => [mouDocument()],
      'documents:pick': () => (++picks === 1 ? null : mouDocument()),
      'documents:open': ({ versionId }) => ({ opened: versionId === VERSION_2 }),
      'documents:content': () => ({ fileName: 'mou-v1.pdf', mediaType: 'application/pdf', sha256: HASH_A, contentBase64: btoa('%PDF-') }),
    });
    const user = userEvent.setup();
    renderApp(`#/agreements/${AGREEMENT_1}`);
    await user.click(await screen.findByRole('button', { name: 'Attach document' }));
    const dialog = screen.getByRole('dialog', { name: 'Attach document' });
    expect(within(dialog).queryByLabelText('File')).not.toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('Title'), 'Signed MOU');
    await user.click(within(dialog).getByRole('button', { name: 'Choose file…' }));
    await waitFor(() => expect(fake.callsTo('documents:pick')).toHaveLength(1));
    expect(fake.callsTo('documents:pick')[0]).toEqual({ owner: { kind: 'agreement', id: AGREEMENT_1 }, title: 'Signed MOU', language: '', signed: false });
    expect(screen.getByRole('dialog', { name: 'Attach document' })).toBeInTheDocument(); // cancelled: nothing happened
    await user.click(within(dialog).getByRole('button', { name: 'Choose file…' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(fake.callsTo('documents:add')).toHaveLength(0);

    const rows = within(screen.getByRole('table', { name: 'Versions of Signed MOU' })).getAllByRole('row');
    await user.click(within(rows[1]).getByRole('button', { name: 'Open' }));
    await waitFor(() => expect(fake.callsTo('documents:open')).toEqual([{ versionId: VERSION_2 }]));
    await user.click(within(rows[2]).getByRole('button', { name: 'Open' }));
    await waitFor(() => expect(saved.map((f) => f.fileName)).toEqual(['mou-v1.pdf']));
  });
});

