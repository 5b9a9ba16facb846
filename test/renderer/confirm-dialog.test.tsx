import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmDialog } from '../../renderer/src/components/confirm-dialog';
import { FakeFailure, installFakeBridge } from './fake-bridge';
import { ORG_KAIST, organisation } from './fixtures';
import { renderApp } from './render-app';

describe('ConfirmDialog', () => {
  it('cancelling a delete does not delete', async () => {
    const fake = installFakeBridge({
      'organisations:get': () => organisation(ORG_KAIST, 'KAIST'),
      'organisations:delete': ({ id }) => ({ id }),
    });
    const user = userEvent.setup();
    renderApp(`#/organisations/${ORG_KAIST}`);
    const deleteButton = await screen.findByRole('button', { name: 'Delete' });
    await user.click(deleteButton);
    const dialog = screen.getByRole('dialog', { name: 'Delete this organisation?' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    // Focus starts where the user types why.
    expect(within(dialog).getByLabelText(/Why is it being deleted/)).toHaveFocus();
    await user.keyboard('Typed, then thought better of it');

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(deleteButton).toHaveFocus();

    // Asked again, the reason starts empty.
    await user.click(deleteButton);
    expect(within(screen.getByRole('dialog')).getByLabelText(/Why is it being deleted/)).toHaveValue('');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(fake.callsTo('organisations:delete')).toHaveLength(0);
    expect(window.location.hash).toBe(`#/organisations/${ORG_KAIST}`);
  });

  it('confirming deletes, and a CONFLICT from main shows its message', async () => {
    const fake = installFakeBridge({
      'organisations:get': () => organisation(ORG_KAIST, 'KAIST'),
      'organisations:delete': () => {
        throw new FakeFailure({ code: 'CONFLICT', message: 'KAIST is a party to 3 agreements; remove it from them first.' });
      },
    });
    const user = userEvent.setup();
    renderApp(`#/organisations/${ORG_KAIST}`);
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    await user.type(within(screen.getByRole('dialog')).getByLabelText(/Why is it being deleted/), 'Merged into KAIST Daejeon');
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('KAIST is a party to 3 agreements; remove it from them first.');
    expect(fake.callsTo('organisations:delete')).toEqual([{ id: ORG_KAIST, reason: 'Merged into KAIST Daejeon' }]);
    expect(window.location.hash).toBe(`#/organisations/${ORG_KAIST}`);
  });

  it('traps focus inside the dialog', async () => {
    const user = userEvent.setup();
    const onCancel = vi.fn();
    render(
      <>
        <button type="button">Outside</button>
        <ConfirmDialog open title="Sure?" message="Really." confirmLabel="Delete" cancelLabel="Cancel" onConfirm={() => {}} onCancel={onCancel} />
      </>,
    );
    await waitFor(() => expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus());
    await user.tab();
    expect(screen.getByRole('button', { name: 'Delete' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Delete' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(onCancel).toHaveBeenCalledOnce();
  });
});
