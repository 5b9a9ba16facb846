import { screen, waitFor } from '@testing-library/react';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import type { DocumentHealth } from '../../shared/models/document-health';
import { installFakeBridge } from './fake-bridge';
import { renderApp } from './render-app';

const AGREEMENT_ID = '0190e0d2-6c3a-7000-8000-000000000001';
const version = (fileName: string) => ({ documentId: 'd1', title: fileName, version: 1, fileName, owner: { kind: 'agreement' as const, id: AGREEMENT_ID } });
const DAMAGED: DocumentHealth = {
  checkedAt: '2026-03-01T09:00:00.000Z',
  checked: 5,
  damaged: [
    { sha256: 'a'.repeat(64), problem: 'changed', versions: [version('MOU.pdf')] },
    { sha256: 'b'.repeat(64), problem: 'missing', versions: [version('Annex.pdf')] },
  ],
};

describe('damaged stored documents', () => {
  it('are shown from the check main makes at start, naming the files and what to do', async () => {
    installFakeBridge({ 'documents:health': () => DAMAGED });
    renderApp('#/people');
    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent('2 stored documents no longer match what was attached.');
    expect(banner).toHaveTextContent('Changed or missing in the documents folder: MOU.pdf, Annex.pdf. Attach the original file again to its record to repair the stored copy');
    expect(screen.getByRole('link', { name: 'Go to the first one' })).toHaveAttribute('href', `#/agreements/${AGREEMENT_ID}`);
  });

  it('appear when a scheduled check announces them, and go once a re-attach has repaired them', async () => {
    let health: DocumentHealth = { ...DAMAGED, damaged: [] };
    const fake = installFakeBridge({ 'documents:health': () => health });
    renderApp('#/people');
    await screen.findByRole('heading', { level: 1, name: 'People' });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    act(() => fake.emit('documents:damaged', { ...DAMAGED, damaged: [DAMAGED.damaged[0]] }));
    expect(screen.getByRole('alert')).toHaveTextContent('A stored document no longer matches what was attached.');
    health = { ...DAMAGED, damaged: [] };
    act(() => fake.emit('db:changed', { entity: 'document', id: null }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });
});
