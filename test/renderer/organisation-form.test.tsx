import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { installFakeBridge } from './fake-bridge';
import { ORG_KAIST, ORG_SEONGNAM, organisation } from './fixtures';
import { pick, searchable } from './pickers';
import { renderApp } from './render-app';

describe('organisation form', () => {
  it('shows errors for a missing name and a bad website without saving', async () => {
    const fake = installFakeBridge();
    const user = userEvent.setup();
    renderApp('#/organisations/new');
    await user.type(await screen.findByLabelText('Website'), 'kaist.ac.kr');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription('Name is required.');
    expect(screen.getByLabelText('Website')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Use a web address starting with http:// or https://.')).toBeInTheDocument();
    expect(fake.callsTo('organisations:create')).toHaveLength(0);
  });

  it('submits valid values', async () => {
    const created = organisation(ORG_KAIST, 'KAIST', { website: 'https://www.kaist.ac.kr' });
    const fake = installFakeBridge({
      'organisations:create': () => created,
      'organisations:get': () => created,
    });
    const user = userEvent.setup();
    renderApp('#/organisations/new');
    await user.type(await screen.findByLabelText('Name'), 'KAIST');
    await user.selectOptions(screen.getByLabelText('Kind'), 'University');
    await pick(user, 'Country', '대한민국', /^South Korea/);
    await user.type(screen.getByLabelText('Website'), 'https://www.kaist.ac.kr');
    await user.click(screen.getByRole('button', { name: 'Add other name' }));
    await user.type(screen.getByLabelText('Other name'), '카이스트');
    await user.type(screen.getByLabelText('Language'), 'ko');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(fake.callsTo('organisations:create')).toHaveLength(1));
    expect(fake.callsTo('organisations:create')[0]).toEqual({
      name: 'KAIST',
      altNames: [{ name: '카이스트', lang: 'ko' }],
      kind: 'university',
      country: 'KR',
      parentId: null,
      website: 'https://www.kaist.ac.kr',
      notes: '',
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'KAIST' })).toBeInTheDocument();
    expect(window.location.hash).toBe(`#/organisations/${ORG_KAIST}`);
  });

  it('names its parent when opened, offers every organisation but itself, and sends the chosen parent', async () => {
    const GSAI = '0190f1a2-0000-7000-8000-000000000009';
    const graduateSchool = organisation(GSAI, 'KAIST Graduate School of AI', { parentId: ORG_KAIST, parentName: 'KAIST' });
    const fake = installFakeBridge({
      'organisations:get': () => graduateSchool,
      'organisations:list': searchable([organisation(ORG_KAIST, 'KAIST'), organisation(ORG_SEONGNAM, 'Seongnam City'), graduateSchool]),
      'organisations:update': () => graduateSchool,
    });
    const user = userEvent.setup({ delay: null });
    renderApp(`#/organisations/${GSAI}/edit`);
    const parent = await screen.findByRole('combobox', { name: 'Parent organisation' });
    expect(parent).toHaveValue('KAIST');

    await user.clear(parent);
    await user.type(parent, 'KAIST');
    expect(await screen.findByRole('option', { name: 'KAIST' })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: 'KAIST Graduate School of AI' })).not.toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(parent).toHaveValue('KAIST');

    await pick(user, 'Parent organisation', 'Seong', 'Seongnam City');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fake.callsTo('organisations:update')).toHaveLength(1));
    expect(fake.callsTo('organisations:update')[0]).toMatchObject({ id: GSAI, values: { parentId: ORG_SEONGNAM } });
  });
});
