import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RECORD_TYPES } from '../../renderer/src/features/record-types';
import { t } from '../../renderer/src/i18n';
import { installFakeBridge } from './fake-bridge';
import { renderApp } from './render-app';

describe('record type registry', () => {
  it('names each area, each db:changed entity and each list channel once', () => {
    for (const field of ['area', 'entity'] as const) {
      const values = RECORD_TYPES.map((type) => type[field]);
      expect(new Set(values).size, field).toBe(values.length);
    }
    const channels = RECORD_TYPES.map((type) => type.list.channel);
    expect(new Set(channels).size).toBe(channels.length);
  });

  it('puts every record type in the sidebar, in order, between Home and the tools', async () => {
    installFakeBridge();
    renderApp('#/');
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Home', '#/'],
      ...RECORD_TYPES.map((type) => [t(type.nav), `#/${type.area}`]),
      ['Import', '#/imports'],
      ['Calendar', '#/calendar'],
      ['Reports', '#/reports'],
      ['Verify', '#/verify'],
      ['Office key', '#/keys'],
      ['Backups', '#/backups'],
      ['Deleted records', '#/deleted'],
    ]);
  });

  it.each(RECORD_TYPES.map((type) => [type.area, type] as const))('opens the %s list from its route and marks it in the sidebar', async (area, type) => {
    const fake = installFakeBridge();
    renderApp(`#/${area}`);
    expect(await screen.findByRole('heading', { level: 1, name: t(`${type.area}.title`) })).toBeInTheDocument();
    expect(await screen.findByText(t(`${type.area}.empty`))).toBeInTheDocument();
    expect(fake.callsTo(type.list.channel).at(0)).toEqual(type.list.initialQuery);
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: t(type.nav) })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current');
  });
});
