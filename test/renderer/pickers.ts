import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { Page } from '../../shared/models/common';

/**
 * A list handler that answers like main: rows whose name contains the search (any case), at most
 * `limit` of them, and the total that matched.
 */
export function searchable<Row extends { name?: string; title?: string }>(rows: readonly Row[]) {
  return (input: { search?: string; limit?: number }): Page<Row> => {
    const needle = (input.search ?? '').trim().toLowerCase();
    const hits = rows.filter((row) => (row.name ?? row.title ?? '').toLowerCase().includes(needle));
    return { rows: hits.slice(0, input.limit ?? 50), total: hits.length };
  };
}

/** Puts `text` in a field as one paste: a long value costs one render instead of one per character. */
export async function fill(user: UserEvent, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

/** Types `text` into the picker labelled `label` (inside `scope`) and chooses the option named `option`. */
export async function pick(user: UserEvent, label: string, text: string, option: string | RegExp, scope: HTMLElement = document.body) {
  const box = within(scope).getByRole('combobox', { name: label });
  await user.clear(box);
  await user.type(box, text);
  await user.click(await screen.findByRole('option', { name: option }));
  return box;
}
