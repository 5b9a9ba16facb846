import fs from 'node:fs';
import path from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/ipc/contract';
import { ImportOptions, type ImportPreview, type ImportResult, type ImportSummary } from '../../shared/models/import';
import { interpret } from '../../electron/main/imports/interpret';
import { readCsv } from '../../electron/main/imports/read-csv';
import { installFakeBridge } from './fake-bridge';
import { renderApp } from './render-app';

const FILE = fs.readFileSync(path.resolve(__dirname, '../fixtures/imports/register.csv'));
const SESSION = '0190a0b0-0000-7000-8000-0000000000aa';
const IMPORT_ID = '0190a0b0-0000-7000-8000-0000000000bb';

/** A fake main that reads the fixture with the real interpreter over an empty register. */
function fakeMain() {
  const table = readCsv(FILE);
  const previewFor = (input: Omit<ChannelInput<'imports:preview'>, 'sessionId'>): ImportPreview => {
    const options = ImportOptions.parse(input.options ?? {});
    const found = interpret(table, { mapping: input.mapping, options, decisions: [] }, 'register.csv', {
      candidates: () => [],
      referencesTaken: () => new Set(),
      importedRows: () => new Map(),
    }, '2026-03-02');
    return {
      sessionId: SESSION,
      file: { name: 'register.csv', size: FILE.length, sha256: 'a'.repeat(64), format: 'csv', encoding: 'UTF-8', sheet: null, sheets: [] },
      earlier: [],
      headerRow: found.headerRow,
      aboveHeader: found.aboveHeader,
      columns: found.columns,
      options,
      rows: found.rows.map(({ rowNumber, cells, outcome, draft, problems }) => ({ rowNumber, cells, outcome, draft, problems })),
      organisations: found.organisations,
      home: found.home ? { name: found.home.name, organisationId: null } : null,
      counts: found.counts,
    };
  };
  const history: ImportSummary[] = [];
  const fake = installFakeBridge({
    'imports:read': ({ fileName: _name, contentBase64, ...choices }) => {
      expect(Buffer.from(contentBase64, 'base64').equals(FILE)).toBe(true);
      return previewFor(choices);
    },
    'imports:preview': ({ sessionId: _id, ...choices }) => previewFor(choices),
    'imports:commit': async () => {
      fake.emit('imports:progress', { sessionId: SESSION, phase: 'saving', done: 20, total: 41 });
      const result: ImportResult = { importId: IMPORT_ID, created: 41, alreadyImported: 1, unreadable: 1, empty: 1, organisationsCreated: 42 };
      setTimeout(() => fake.emit('db:changed', { entity: 'import', id: IMPORT_ID }), 0);
      history.push({ id: IMPORT_ID, fileName: 'register.csv', sha256: 'a'.repeat(64), at: '2026-03-02T09:00:00.000Z', by: 'kim', rows: 44, created: 41, alreadyImported: 1, unreadable: 1, organisationsCreated: 42, undoneAt: null });
      return result;
    },
    'imports:list': () => ({ rows: structuredClone(history), total: history.length }),
    'imports:undo': ({ id }) => {
      history[0].undoneAt = '2026-03-02T10:00:00.000Z';
      return { id, agreementsRemoved: 41, organisationsRemoved: 41, organisationsKept: ['University of Oslo'] };
    },
  });
  return fake;
}

async function readTheFile() {
  const user = userEvent.setup();
  renderApp('#/imports');
  await user.upload(await screen.findByLabelText('Register file'), new File([FILE], 'register.csv', { type: 'text/csv' }));
  await user.click(screen.getByRole('button', { name: 'Read the file' }));
  const table = await screen.findByRole('table', { name: 'How each row will be read' });
  return { user, table };
}

// The preview holds the whole 44-row register; rendering and querying it in jsdom takes seconds.
describe('import page', { timeout: 30_000 }, () => {
  it('is a tool in the sidebar, and shows every row of the file as it will be read, problems marked', async () => {
    fakeMain();
    const { user, table } = await readTheFile();
    expect(screen.getByRole('link', { name: 'Import' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByText('44 rows: 41 to create, 1 already imported, 1 cannot be read, 1 empty. 42 new organisations.')).toBeInTheDocument();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(44);
    const tum = rows.find((row) => within(row).queryByRole('rowheader', { name: '11' }))!;
    expect(tum).toHaveTextContent('Technische Universität München');
    expect(tum).toHaveTextContent('September 2019 (month only)');
    expect(tum).toHaveTextContent('Open-ended');
    expect(tum).toHaveTextContent('Active, from records');
    // "Active" in the register, over by its dates: the preview says it enters as expired, and why.
    const tokyo = rows.find((row) => within(row).queryByRole('rowheader', { name: '5' }))!;
    expect(tokyo).toHaveTextContent('Expired, from records');
    expect(tokyo).toHaveTextContent('Note: The register says “Active”, but by its dates its term ended 20 September 2023');
    const unreadable = rows.find((row) => within(row).queryByRole('rowheader', { name: '42' }))!;
    expect(unreadable).toHaveTextContent('Cannot be read');
    expect(unreadable).toHaveTextContent('Not imported: Partner Institution: The row names no partner');
    expect(unreadable).toHaveClass('import-row--error');
    expect(screen.getByText('Above the header, not imported: row 1, “International Agreements Register — Office of Global Engagement”')).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Only rows with problems' }));
    const withProblems = within(screen.getByRole('table', { name: 'How each row will be read' })).getAllByRole('row').slice(1);
    expect(withProblems.length).toBeLessThan(44);
    expect(withProblems.every((row) => within(row).queryByRole('list') !== null)).toBe(true);
  });

  it('reads the file again when a column’s field is changed in the mapping', async () => {
    const fake = fakeMain();
    const { user } = await readTheFile();
    const title = screen.getByLabelText('Column “Title”');
    expect(title).toHaveValue('title');
    await user.selectOptions(title, 'ignore');
    await waitFor(() => expect(fake.callsTo('imports:preview')).toHaveLength(1));
    expect(fake.callsTo('imports:preview')[0].mapping?.[4]).toBe('ignore');
    await waitFor(() => expect(screen.getByLabelText('Column “Title”')).toHaveValue('ignore'));
    expect(screen.getByText('guessed: Title', { exact: false })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'How each row will be read' });
    await waitFor(() => expect(table).toHaveTextContent('MOU with University of Tokyo (made: the row has none)'));
  });

  it('imports once the office is named, shows progress and the result, and undoes it after asking', async () => {
    const fake = fakeMain();
    const { user } = await readTheFile();
    const importButton = screen.getByRole('button', { name: 'Import 41 agreements' });
    expect(importButton).toBeDisabled();
    expect(screen.getByText('Name your organisation to import.')).toBeInTheDocument();
    await user.click(screen.getByLabelText('Your organisation'));
    await user.paste('Example University');
    await waitFor(() => expect(fake.callsTo('imports:preview').at(-1)?.options?.homeOrganisation).toBe('Example University'));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Import 41 agreements' })).toBeEnabled());
    await user.click(screen.getByRole('button', { name: 'Import 41 agreements' }));
    expect(
      await screen.findByText('41 agreements created, 42 organisations created, 1 row skipped: already imported, 1 row not imported: it cannot be read, 1 empty row.'),
    ).toBeInTheDocument();
    expect(fake.callsTo('imports:commit')[0]).toMatchObject({ sessionId: SESSION, options: { homeOrganisation: 'Example University' } });

    const history = await screen.findByRole('table', { name: 'Past imports' });
    await user.click(within(history).getByRole('button', { name: 'Undo…' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Undo this import?' });
    expect(dialog).toHaveTextContent('The 41 agreements created by importing register.csv');
    await user.click(within(dialog).getByRole('button', { name: 'Undo the import' }));
    await waitFor(() => expect(fake.callsTo('imports:undo')).toEqual([{ id: IMPORT_ID }]));
    expect(await screen.findByText(/Import undone: 41 agreements and 41 organisations removed\. Kept, because they are used or were edited since: University of Oslo\./)).toBeInTheDocument();
  });
});
