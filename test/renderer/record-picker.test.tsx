import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { Organisation } from '../../shared/models/organisation';
import { RecordPicker } from '../../renderer/src/features/common/record-picker';
import { FakeFailure, installFakeBridge } from './fake-bridge';
import { ORG_KAIST, ORG_SEONGNAM, organisation } from './fixtures';
import { searchable } from './pickers';

const KAIST = organisation(ORG_KAIST, 'KAIST');
const SEONGNAM = organisation(ORG_SEONGNAM, 'Seongnam City');

function Harness({ initial = { id: '', label: '' }, exclude }: { initial?: { id: string; label: string }; exclude?: string }) {
  const [chosen, setChosen] = useState(initial);
  return (
    <>
      <RecordPicker
        source="organisations"
        label="Organisation"
        value={chosen.id}
        selectedLabel={chosen.label}
        onChange={(id, label) => setChosen({ id, label })}
        exclude={exclude}
      />
      <output>{chosen.id}</output>
    </>
  );
}

const setup = () => userEvent.setup({ delay: null });

describe('record picker', () => {
  it('asks main for a small page once typing pauses, and says when there are more', async () => {
    const many = Array.from({ length: 57 }, (_, i) => organisation(`0190f1a2-0000-7000-8000-${String(1000 + i).padStart(12, '0')}`, `Seoul partner ${i}`));
    const fake = installFakeBridge({ 'organisations:list': searchable([...many, SEONGNAM]) });
    const user = setup();
    render(<Harness />);
    await user.type(screen.getByRole('combobox', { name: 'Organisation' }), 'seo');

    expect(await screen.findByText('Showing 20 of 58: type more to narrow it down.')).toBeInTheDocument();
    expect(screen.getAllByRole('option')).toHaveLength(20);
    // Three keystrokes, one request (opening the list was overtaken by the typing before it went out).
    expect(fake.callsTo('organisations:list').map((q) => q.search)).toEqual(['seo']);
    expect(fake.callsTo('organisations:list').at(-1)).toMatchObject({ limit: 20, sort: 'name' });
  });

  it('keeps the answer to the latest text when an earlier answer arrives after it', async () => {
    let releaseFirst: (page: { rows: Organisation[]; total: number }) => void = () => undefined;
    const fake = installFakeBridge({
      'organisations:list': (input) =>
        input.search === ''
          ? new Promise((resolve) => {
              releaseFirst = resolve;
            })
          : searchable([KAIST, SEONGNAM])(input),
    });
    const user = setup();
    render(<Harness />);
    const box = screen.getByRole('combobox', { name: 'Organisation' });
    await user.click(box);
    await waitFor(() => expect(fake.callsTo('organisations:list')).toHaveLength(1));
    await user.type(box, 'kai');
    expect(await screen.findByRole('option', { name: 'KAIST' })).toBeInTheDocument();

    releaseFirst({ rows: [SEONGNAM], total: 1 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['KAIST']);
  });

  it('names a record it was given only the id of, and never offers the excluded one', async () => {
    const fake = installFakeBridge({
      'organisations:get': () => SEONGNAM,
      'organisations:list': searchable([KAIST, SEONGNAM]),
    });
    const user = setup();
    render(<Harness initial={{ id: ORG_SEONGNAM, label: '' }} exclude={ORG_KAIST} />);
    const box = screen.getByRole('combobox', { name: 'Organisation' });
    await waitFor(() => expect(box).toHaveValue('Seongnam City'));
    expect(fake.callsTo('organisations:get')).toEqual([{ id: ORG_SEONGNAM }]);

    await user.click(box);
    expect(await screen.findByRole('option', { name: 'Seongnam City' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.queryByRole('option', { name: 'KAIST' })).not.toBeInTheDocument();
  });

  it('says why a search failed, in the list, and keeps the choice', async () => {
    installFakeBridge({
      'organisations:list': () => {
        throw new FakeFailure({ code: 'IO', message: 'Liaison is not responding.' });
      },
    });
    const user = setup();
    render(<Harness initial={{ id: ORG_KAIST, label: 'KAIST' }} />);
    await user.click(screen.getByRole('combobox', { name: 'Organisation' }));
    expect(await screen.findByText('The search failed: Liaison is not responding.')).toBeInTheDocument();
    expect(screen.getByText(ORG_KAIST)).toBeInTheDocument();
  });

  it('puts names that start with the text first, so Enter takes the likely one', async () => {
    // Main also matches notes ("supports startups") and sorts by name.
    const agency = organisation(ORG_SEONGNAM, 'AI Promotion Agency', { notes: 'Supports startups.' });
    const upstage = organisation(ORG_KAIST, 'Upstage');
    installFakeBridge({ 'organisations:list': () => ({ rows: [agency, upstage], total: 2 }) });
    const user = setup();
    render(<Harness />);
    await user.type(screen.getByRole('combobox', { name: 'Organisation' }), 'up');
    await waitFor(() => expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Upstage', 'AI Promotion Agency']));
    // Enter waits for the answer to the latest text: the first match is made ready only then.
    await waitFor(() => expect(screen.queryByText('Searching…')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Organisation' })).toHaveAttribute('aria-activedescendant'));
    await user.keyboard('{Enter}');
    expect(screen.getByText(ORG_KAIST)).toBeInTheDocument();
  });
});
