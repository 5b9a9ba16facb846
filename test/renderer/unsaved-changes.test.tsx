import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { installFakeBridge } from './fake-bridge';
import { ORG_KAIST, organisation } from './fixtures';
import { renderApp } from './render-app';

async function newOrganisationForm() {
  renderApp('#/organisations/new');
  return screen.findByRole('form', { name: 'New organisation' });
}

describe('leaving a form with unsaved changes', () => {
  it('asks before Cancel throws away what was typed; staying keeps it, leaving goes', async () => {
    installFakeBridge({});
    const user = userEvent.setup();
    await newOrganisationForm();
    await user.type(screen.getByLabelText('Name'), 'Kakao Mobility');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    const dialog = await screen.findByRole('alertdialog', { name: 'Leave without saving?' });
    await user.click(within(dialog).getByRole('button', { name: 'Stay on the form' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(window.location.hash).toBe('#/organisations/new');
    expect(screen.getByLabelText('Name')).toHaveValue('Kakao Mobility');

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Leave and lose changes' }));
    await waitFor(() => expect(window.location.hash).toBe('#/organisations'));
  });

  it('asks on a sidebar link too, and puts the address back while it asks', async () => {
    installFakeBridge({});
    const user = userEvent.setup();
    await newOrganisationForm();
    await user.type(screen.getByLabelText('Name'), 'Kakao');
    await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'People' }));

    const dialog = await screen.findByRole('alertdialog', { name: 'Leave without saving?' });
    expect(window.location.hash).toBe('#/organisations/new');
    await user.click(within(dialog).getByRole('button', { name: 'Stay on the form' }));
    expect(screen.getByLabelText('Name')).toHaveValue('Kakao');
  });

  it('leaves without asking when nothing was changed, or a change was typed back', async () => {
    installFakeBridge({});
    const user = userEvent.setup();
    await newOrganisationForm();
    await user.type(screen.getByLabelText('Name'), 'K');
    await user.clear(screen.getByLabelText('Name'));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(window.location.hash).toBe('#/organisations'));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('does not ask when the save itself opens the saved record', async () => {
    installFakeBridge({ 'organisations:create': () => organisation(ORG_KAIST, 'KAIST'), 'organisations:get': () => organisation(ORG_KAIST, 'KAIST') });
    const user = userEvent.setup();
    await newOrganisationForm();
    await user.type(screen.getByLabelText('Name'), 'KAIST');
    await user.selectOptions(screen.getByLabelText('Kind'), 'university');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(window.location.hash).toBe(`#/organisations/${ORG_KAIST}`));
    expect(screen.queryByRole('alertdialog', { name: 'Leave without saving?' })).not.toBeInTheDocument();
  });

  it('holds the window open (beforeunload) only while there are changes', async () => {
    installFakeBridge({});
    const user = userEvent.setup();
    await newOrganisationForm();
    const unload = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(unload()).toBe(false);
    await user.type(screen.getByLabelText('Name'), 'KAIST');
    expect(unload()).toBe(true);
  });
});
