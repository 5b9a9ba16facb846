import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { BackupInfo, BackupsOverview, PendingRestore } from '../../shared/models/backup';
import { FakeFailure, installFakeBridge } from './fake-bridge';
import { renderApp } from './render-app';

const DAILY: BackupInfo = { name: 'scheduled-2026-03-02T09-00-00-000Z.sqlite', kind: 'scheduled', size: 48_200, savedAt: '2026-03-02T09:00:00.000Z' };
const MANUAL: BackupInfo = { name: 'liaison-2026-03-01T09-00-00-000Z.sqlite', kind: 'manual', size: 3_100_000, savedAt: '2026-03-01T09:00:00.000Z' };

/** A fake main that keeps its backups and pending restore, as the real one does. */
function fakeMain(start: Partial<BackupsOverview> = {}) {
  const state: BackupsOverview = { backups: [DAILY, MANUAL], pending: null, lastRestore: null, ...start };
  const fake = installFakeBridge({
    'backups:list': () => structuredClone(state),
    'backups:create': () => {
      const made: BackupInfo = { name: 'liaison-2026-03-03T10-00-00-000Z.sqlite', kind: 'manual', size: 50_000, savedAt: '2026-03-03T10:00:00.000Z' };
      state.backups = [made, ...state.backups];
      return made;
    },
    'backups:restore': ({ file }) => {
      const backup = state.backups.find((b) => b.name === file)!;
      const pending: PendingRestore = { name: backup.name, savedAt: backup.savedAt, scheduledAt: '2026-03-03T10:05:00.000Z' };
      state.pending = pending;
      return pending;
    },
    'backups:cancelRestore': () => {
      const cancelled = state.pending !== null;
      state.pending = null;
      return { cancelled };
    },
  });
  return { fake, state };
}

describe('backups page', () => {
  it('lists the backups with their date, kind and size, from the sidebar', async () => {
    fakeMain();
    renderApp('#/backups');
    const table = await screen.findByRole('table', { name: 'Backups of the register' });
    expect(screen.getByRole('link', { name: 'Backups' })).toHaveAttribute('aria-current', 'page');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Daily');
    expect(rows[0]).toHaveTextContent('48.2 kB');
    expect(rows[0]).toHaveTextContent(DAILY.name);
    expect(rows[0]).toHaveTextContent(/Mar 2, 2026/);
    expect(rows[1]).toHaveTextContent('Made by hand');
    expect(rows[1]).toHaveTextContent('3.1 MB');
  });

  it('backs up now and shows the new backup', async () => {
    const { fake } = fakeMain();
    const user = userEvent.setup();
    renderApp('#/backups');
    await user.click(await screen.findByRole('button', { name: 'Back up now' }));
    await waitFor(() => expect(fake.callsTo('backups:create')).toEqual([{}]));
    expect(await screen.findByText('Backed up as liaison-2026-03-03T10-00-00-000Z.sqlite.')).toBeInTheDocument();
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(4));
  });

  it('asks before restoring, says what is lost, and then says to restart; cancel undoes it', async () => {
    const { fake } = fakeMain();
    const user = userEvent.setup();
    renderApp('#/backups');
    const table = await screen.findByRole('table', { name: 'Backups of the register' });
    const manualRow = within(table).getAllByRole('row')[2];
    await user.click(within(manualRow).getByRole('button', { name: 'Restore…' }));
    let dialog = screen.getByRole('alertdialog', { name: 'Restore this backup?' });
    expect(dialog).toHaveTextContent('when Liaison next starts');
    expect(dialog).toHaveTextContent('Changes made after that backup will no longer be in the register');
    expect(dialog).toHaveTextContent('The current register is kept as a backup');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(fake.callsTo('backups:restore')).toHaveLength(0);
    expect(screen.queryByText(/Restore scheduled/)).not.toBeInTheDocument();

    await user.click(within(manualRow).getByRole('button', { name: 'Restore…' }));
    dialog = screen.getByRole('alertdialog', { name: 'Restore this backup?' });
    await user.click(within(dialog).getByRole('button', { name: 'Restore at next start' }));
    await waitFor(() => expect(fake.callsTo('backups:restore')).toEqual([{ file: MANUAL.name }]));
    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent('Restore scheduled: quit and reopen Liaison (browser mode: stop and start it again)');
    expect(banner).toHaveTextContent(MANUAL.name);

    await user.click(within(banner).getByRole('button', { name: 'Cancel restore' }));
    await waitFor(() => expect(fake.callsTo('backups:cancelRestore')).toEqual([{}]));
    await waitFor(() => expect(screen.queryByText(/Restore scheduled/)).not.toBeInTheDocument());
    expect(await screen.findByText('The restore was cancelled; the register stays as it is.')).toBeInTheDocument();
  });

  it('shows main’s reason when a backup is refused, and schedules nothing', async () => {
    const message = `The backup ${DAILY.name} failed its integrity check, so it was not restored: it is cut short.`;
    const fake = installFakeBridge({
      'backups:list': () => ({ backups: [DAILY], pending: null, lastRestore: null }),
      'backups:restore': () => {
        throw new FakeFailure({ code: 'VALIDATION', key: 'backup.failedCheck', params: { file: DAILY.name, problems: 'it is cut short.' }, message });
      },
    });
    const user = userEvent.setup();
    renderApp('#/backups');
    await user.click(await screen.findByRole('button', { name: 'Restore…' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Restore at next start' }));
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(fake.callsTo('backups:restore')).toEqual([{ file: DAILY.name }]);
    expect(screen.queryByText(/Restore scheduled/)).not.toBeInTheDocument();
  });

  it('says what the last start restored, or why it could not', async () => {
    fakeMain({ lastRestore: { status: 'restored', name: MANUAL.name, at: '2026-03-03T10:06:00.000Z', setAside: 'before-restore-x.sqlite' } });
    const { unmount } = renderApp('#/backups');
    expect(await screen.findByText(`Restored the backup ${MANUAL.name} when Liaison started. The register it replaced is kept as before-restore-x.sqlite.`)).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    unmount();

    fakeMain({
      lastRestore: { status: 'failed', name: MANUAL.name, at: '2026-03-03T10:06:00.000Z', key: 'backup.notFound', params: { file: MANUAL.name }, message: 'x' },
    });
    renderApp('#/backups');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`The scheduled restore of ${MANUAL.name} failed; the register was left as it was.`);
    expect(alert).toHaveTextContent(`There is no backup named ${MANUAL.name} in the backups folder.`);
  });
});
