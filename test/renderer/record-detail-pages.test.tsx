import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Channel } from '../../shared/ipc/contract';
import type { ErrorShape } from '../../shared/errors';
import { FakeFailure, installFakeBridge, type Handlers } from './fake-bridge';
import { AGREEMENT_1, ORG_KAIST, PERSON_LEE, detail, organisation, person } from './fixtures';
import { renderApp } from './render-app';

/** One record type's detail page, as the shared flow sees it. */
type Case = {
  area: string;
  id: string;
  title: string;
  list: Channel;
  /** Main's answers for the record: `get` fails with `failure` when one is given, `delete` refuses with `refusal`. */
  handlers: (options: { failure?: () => ErrorShape | null; refusal?: ErrorShape }) => Handlers;
  deleteCalls: (fake: ReturnType<typeof installFakeBridge>) => unknown[];
  confirmTitle: string;
  deleted: string;
  back: string;
};

function answer<T>(value: T, failure?: () => ErrorShape | null): () => T {
  return () => {
    const shape = failure?.();
    if (shape) throw new FakeFailure(shape);
    return value;
  };
}

function refuse(refusal: ErrorShape | undefined, id: string): { id: string } {
  if (refusal) throw new FakeFailure(refusal);
  return { id };
}

const CASES: Case[] = [
  {
    area: 'organisations',
    id: ORG_KAIST,
    title: 'KAIST',
    list: 'organisations:list',
    handlers: ({ failure, refusal }) => ({
      'organisations:get': answer(organisation(ORG_KAIST, 'KAIST'), failure),
      'organisations:delete': ({ id }) => refuse(refusal, id),
      'organisations:restore': () => organisation(ORG_KAIST, 'KAIST'),
    }),
    deleteCalls: (fake) => fake.callsTo('organisations:delete'),
    confirmTitle: 'Delete this organisation?',
    deleted: 'The organisation was deleted.',
    back: 'Organisations',
  },
  {
    area: 'people',
    id: PERSON_LEE,
    title: 'Lee Ji-eun',
    list: 'people:list',
    handlers: ({ failure, refusal }) => ({
      'people:get': answer(person(PERSON_LEE, 'Lee Ji-eun', ORG_KAIST), failure),
      'people:delete': ({ id }) => refuse(refusal, id),
      'people:restore': () => person(PERSON_LEE, 'Lee Ji-eun', ORG_KAIST),
    }),
    deleteCalls: (fake) => fake.callsTo('people:delete'),
    confirmTitle: 'Delete this person?',
    deleted: 'The person was deleted.',
    back: 'People',
  },
  {
    area: 'agreements',
    id: AGREEMENT_1,
    title: 'AI research cooperation',
    list: 'agreements:list',
    handlers: ({ failure, refusal }) => ({
      'agreements:get': answer(detail(), failure),
      'agreements:delete': ({ id }) => refuse(refusal, id),
      'agreements:restore': () => detail(),
    }),
    deleteCalls: (fake) => fake.callsTo('agreements:delete'),
    confirmTitle: 'Delete this draft?',
    deleted: 'The draft was deleted.',
    back: 'Agreements',
  },
];

describe.each(CASES)('$area detail page', (c) => {
  it('deletes after confirming, says so and goes back to a fresh list', async () => {
    const fake = installFakeBridge(c.handlers({}));
    const user = userEvent.setup();
    renderApp(`#/${c.area}/${c.id}`);
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    expect(await screen.findByRole('heading', { level: 1, name: c.title })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('dialog', { name: c.confirmTitle });
    // The reason is asked first, and goes to main with the delete.
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(within(dialog).getByLabelText(/Why is it being deleted/)).toHaveAccessibleDescription(/required/i);
    expect(c.deleteCalls(fake)).toEqual([]);
    await user.type(within(dialog).getByLabelText(/Why is it being deleted/), 'Entered twice');
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    expect(await screen.findByText(c.deleted)).toBeInTheDocument();
    await waitFor(() => expect(window.location.hash).toBe(`#/${c.area}`));
    expect(c.deleteCalls(fake)).toEqual([{ id: c.id, reason: 'Entered twice' }]);
    const deletedAt = fake.calls.findIndex((call) => call.channel.endsWith(':delete'));
    await waitFor(() => expect(fake.calls.slice(deletedAt).some((call) => call.channel === c.list)).toBe(true));
  });

  it('offers Undo in the note after a delete, which restores the record and opens it again', async () => {
    const fake = installFakeBridge(c.handlers({}));
    const user = userEvent.setup();
    renderApp(`#/${c.area}/${c.id}`);
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    await user.type(within(screen.getByRole('dialog')).getByLabelText(/Why is it being deleted/), 'Entered twice');
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete' }));
    const note = (await screen.findByText(c.deleted)).closest('.toast') as HTMLElement;
    await waitFor(() => expect(window.location.hash).toBe(`#/${c.area}`));

    await user.click(within(note).getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Restored.')).toBeInTheDocument();
    expect(fake.callsTo(`${c.area}:restore` as Channel)).toEqual([{ id: c.id, reason: expect.stringContaining('Deleted by mistake') }]);
    await waitFor(() => expect(window.location.hash).toBe(`#/${c.area}/${c.id}`));
    expect(await screen.findByRole('heading', { level: 1, name: c.title })).toBeInTheDocument();
  });

  it('keeps the record when main refuses the delete, and shows main’s reason', async () => {
    const refusal: ErrorShape = { code: 'CONFLICT', message: 'Still in use; remove it from its agreements first.' };
    const fake = installFakeBridge(c.handlers({ refusal }));
    const user = userEvent.setup();
    renderApp(`#/${c.area}/${c.id}`);
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    await user.type(within(screen.getByRole('dialog')).getByLabelText(/Why is it being deleted/), 'No longer a partner');
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(refusal.message);
    expect(c.deleteCalls(fake)).toHaveLength(1);
    expect(window.location.hash).toBe(`#/${c.area}/${c.id}`);
    expect(screen.getByRole('heading', { level: 1, name: c.title })).toBeInTheDocument();
  });

  it('says when the record is gone, with the way back to its list', async () => {
    installFakeBridge(c.handlers({ failure: () => ({ code: 'NOT_FOUND', message: 'No such record.' }) }));
    renderApp(`#/${c.area}/${c.id}`);
    expect(await screen.findByText('This record does not exist any more.')).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('link', { name: c.back })).toHaveAttribute('href', `#/${c.area}`);
  });

  it('shows main’s message when loading fails, and loads again on Reload', async () => {
    let failing = true;
    installFakeBridge(c.handlers({ failure: () => (failing ? { code: 'IO', message: 'The register could not be read.' } : null) }));
    const user = userEvent.setup();
    renderApp(`#/${c.area}/${c.id}`);
    expect(await screen.findByText('The register could not be read.')).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('link', { name: c.back })).toHaveAttribute('href', `#/${c.area}`);

    failing = false;
    await user.click(screen.getByRole('button', { name: 'Reload' }));
    expect(await screen.findByRole('heading', { level: 1, name: c.title })).toBeInTheDocument();
  });
});
