import { createHash } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import { AgreementInput } from '../../../shared/models/agreement';
import type {
  ImportColumn,
  ImportCounts,
  ImportField,
  ImportOptionValues,
  ImportProblem,
  ImportRowPreview,
  OrganisationDecision,
  OrganisationMatch,
} from '../../../shared/models/import';
import { fieldIssuesFromZod } from '../../../shared/messages/zod-issues';
import type { ImportedRow, OrganisationCandidateRow } from '../db/repos/import-repo';
import { guessMapping } from './column-names';
import { agreementInputFor, entryFor, type RowSource } from './draft-input';
import { findHeaderRow } from './header-row';
import { CLOSE_MATCH, matchKey, nameKey, similarity } from '../../../shared/name-key';
import type { RawTable } from './raw-table';
import { isBlankRow, problem, rowReader } from './read-row';

/** What interpreting needs to know of the register. */
export type Lookups = {
  candidates(name: string, key: string): OrganisationCandidateRow[];
  /** Which of these reference numbers live agreements already have. */
  referencesTaken(referenceNos: readonly string[]): Set<string>;
  /** The rows of earlier imports (still in) with these hashes, by hash. */
  importedRows(rowHashes: readonly string[]): Map<string, ImportedRow>;
};

export type Choices = { mapping?: ImportField[]; options: ImportOptionValues; decisions: OrganisationDecision[] };

export type InterpretedRow = ImportRowPreview & { hash: string; source: RowSource };

export type Interpretation = {
  headerRow: number | null;
  aboveHeader: Array<{ rowNumber: number; text: string }>;
  columns: ImportColumn[];
  mapping: ImportField[];
  rows: InterpretedRow[];
  organisations: OrganisationMatch[];
  home: { name: string; key: string; organisationId: string | null } | null;
  counts: ImportCounts;
};

const MAX_COLUMNS = 500;
/** Stand-in party ids for checking a row against AgreementInput before any organisation exists. */
const PLACEHOLDER = (n: number) => `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`;

function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * The row's identity for "already imported": its non-empty cells under their headers, sorted, so
 * the same row in a file whose columns were moved is still the same row.
 */
function rowHash(cells: readonly string[], headerKeys: readonly string[]): string {
  const pairs: Array<[string, string]> = [];
  cells.forEach((cell, i) => {
    const value = cell.normalize('NFC').trim();
    if (value !== '') pairs.push([headerKeys[i], value]);
  });
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : 1));
  return createHash('sha256').update(JSON.stringify(pairs)).digest('hex');
}

type MatchOrganisation = (key: string, name: string) => { match: OrganisationMatch['match']; candidates: OrganisationMatch['candidates'] };

/**
 * Matches names to the register's organisations. A candidate's keys are worked out once per file:
 * the same organisations come up for many names (a register names a few hundred partners, and
 * each name brings up to twenty candidates), and normalising their names again for every name
 * was a tenth of reading a 10,000-row file into a register of 20,000 organisations.
 */
function organisationMatcher(lookups: Lookups): MatchOrganisation {
  const keys = new Map<string, { match: string[]; spaced: string[] }>();
  const keysOf = (c: OrganisationCandidateRow) => {
    let found = keys.get(c.id);
    if (!found) {
      const names = [c.name, ...c.altNames.map((alt) => alt.name)];
      found = { match: names.map(matchKey), spaced: names.map(nameKey) };
      keys.set(c.id, found);
    }
    return found;
  };
  const brief = (c: OrganisationCandidateRow) => ({ id: c.id, name: c.name, country: c.country });
  return (key, name) => {
    const found = lookups.candidates(name, key);
    // The same name is the same match key ("K.A.I.S.T." is KAIST); closeness compares the spaced keys.
    const wanted = matchKey(key);
    const same = found.find((c) => keysOf(c).match.includes(wanted));
    if (same) return { match: 'existing', candidates: [brief(same)] };
    const close = found
      .map((c) => ({ c, score: Math.max(...keysOf(c).spaced.map((k) => similarity(k, key))) }))
      .filter((x) => x.score >= CLOSE_MATCH)
      .sort((a, b) => b.score - a.score)
      .slice(0, 5);
    return close.length ? { match: 'close', candidates: close.map((x) => brief(x.c)) } : { match: 'new', candidates: [] };
  };
}

/** The AgreementInput rules a row would break, as errors at the row (checked with stand-in parties). */
function inputProblems(row: InterpretedRow, problems: ImportProblem[]): ImportProblem[] {
  const draft = row.draft!;
  const input = agreementInputFor(draft, { home: PLACEHOLDER(0), partners: draft.partners.map((_, i) => PLACEHOLDER(i + 1)) }, row.source, problems);
  const parsed = AgreementInput.safeParse(input);
  if (parsed.success) return [];
  return fieldIssuesFromZod(parsed.error.issues).map((issue) => problem(null, 'error', 'import.notValid', { field: issue.path || 'row', reason: issue.message }));
}

/**
 * Reads every row of the table as the mapping and options say, and accounts for each one: to be
 * created, already imported (by an earlier import, or the same as a row above it), not readable
 * (with the reason), or empty. Partners are matched to the register's organisations; each row's
 * entry status is worked out for `today` (an agreement in force today may have ended tomorrow).
 */
export function interpret(table: RawTable, choices: Choices, fileName: string, lookups: Lookups, today: string): Interpretation {
  const { options } = choices;
  if (options.headerRow !== undefined && options.headerRow > table.rows.length) {
    throw new AppError('VALIDATION', 'import.headerRowMissing', { row: options.headerRow, rows: table.rows.length });
  }
  const headerIndex = options.headerRow !== undefined ? options.headerRow - 1 : findHeaderRow(table.rows);
  const width = Math.min(MAX_COLUMNS, Math.max(0, ...table.rows.map((row) => row.length)));
  const headerCells = headerIndex === null ? [] : table.rows[headerIndex];
  const headers = Array.from({ length: width }, (_, i) => (headerCells[i] ?? '').trim() || `Column ${columnLetter(i)}`);
  const guessed = headerIndex === null ? headers.map((): ImportField => 'ignore') : guessMapping(headerCells.concat(Array(width).fill('')).slice(0, width));
  const mapping = Array.from({ length: width }, (_, i): ImportField => choices.mapping?.[i] ?? guessed[i]);
  const columns = headers.map((header, index) => ({ index, header, field: mapping[index], guessed: guessed[index] }));
  const headerKeys = headers.map(nameKey);

  const first = headerIndex === null ? 0 : headerIndex + 1;
  const aboveHeader = table.rows
    .slice(0, headerIndex ?? 0)
    .map((cells, i) => ({ rowNumber: i + 1, text: cells.map((c) => c.trim()).filter(Boolean).join(' · ') }))
    .filter((row) => row.text !== '');

  const homeName = options.homeOrganisation.trim();
  const homeKey = homeName ? nameKey(homeName) : '';
  const notesByRow = new Map<number, ImportProblem[]>();
  for (const note of table.notes) {
    const list = notesByRow.get(note.row) ?? [];
    list.push(problem(note.column, 'warning', note.key, note.params));
    notesByRow.set(note.row, list);
  }

  const seenHashes = new Map<string, number>();
  const seenReferences = new Map<string, number>();
  const rows: InterpretedRow[] = [];
  // Every row read first, so that the register is asked once which rows came in before and which
  // of their reference numbers are taken (a question per row was most of a 10,000-row preview).
  const readRow = rowReader(mapping, options);
  const hashed = table.rows.slice(first).map((raw) => {
    const cells = Array.from({ length: width }, (_, i) => raw[i] ?? '');
    return { cells, hash: rowHash(cells, headerKeys), read: isBlankRow(cells) ? null : readRow(cells) };
  });
  const imported = lookups.importedRows(hashed.map((row) => row.hash));
  const taken = lookups.referencesTaken(hashed.flatMap((row) => (row.read?.draft?.referenceNo ? [row.read.draft.referenceNo] : [])));
  for (let index = first; index < table.rows.length; index += 1) {
    const rowNumber = index + 1;
    const { cells, hash, read } = hashed[index - first];
    const pairs = cells.map((value, i): [string, string] => [headers[i], value.trim()]).filter(([, value]) => value !== '');
    const source: RowSource = { fileName, rowNumber, rowText: pairs };
    if (!read) {
      rows.push({ rowNumber, cells, outcome: 'empty', draft: null, problems: [], hash, source });
      continue;
    }
    const { draft, problems } = read;
    problems.push(...(notesByRow.get(rowNumber) ?? []));
    const row: InterpretedRow = { rowNumber, cells, outcome: 'create', draft, problems, hash, source };
    rows.push(row);

    const earlierRow = seenHashes.get(hash);
    const earlier = earlierRow === undefined ? imported.get(hash) : undefined;
    if (earlierRow !== undefined) {
      row.outcome = 'already_imported';
      problems.unshift(problem(null, 'warning', 'import.sameAsRow', { row: earlierRow }));
      continue;
    }
    seenHashes.set(hash, rowNumber);
    if (earlier) {
      row.outcome = 'already_imported';
      problems.unshift(problem(null, 'warning', 'import.alreadyImported', { file: earlier.fileName, date: earlier.at.slice(0, 10), row: earlier.rowNumber }));
      continue;
    }
    if (draft && homeKey && draft.partners.some((p) => p.key === homeKey)) {
      draft.partners = draft.partners.filter((p) => p.key !== homeKey);
      problems.push(problem(null, 'warning', 'import.partnerIsHome', { name: homeName }));
      if (draft.partners.length === 0) problems.push(problem(null, 'error', 'import.noPartner'));
    }
    if (draft) {
      const keys = draft.partners.map((p) => p.key);
      if (new Set(keys).size !== keys.length) {
        draft.partners = draft.partners.filter((p, i) => keys.indexOf(p.key) === i);
        problems.push(problem(null, 'warning', 'import.partnerTwice'));
      }
    }
    const reference = draft?.referenceNo ?? '';
    if (reference) {
      const sameRef = seenReferences.get(reference);
      if (sameRef !== undefined) problems.push(problem(null, 'error', 'import.referenceRepeated', { reference, row: sameRef }));
      else if (taken.has(reference)) problems.push(problem(null, 'error', 'import.referenceTaken', { reference }));
      seenReferences.set(reference, rowNumber);
    }
    if (draft) {
      const entry = entryFor(draft, today);
      draft.entersAs = entry.entersAs;
      if (entry.problem) problems.push(entry.problem);
    }
    if (!problems.some((p) => p.severity === 'error')) problems.push(...inputProblems(row, problems));
    if (problems.some((p) => p.severity === 'error')) row.outcome = 'unreadable';
  }

  const matchOrganisation = organisationMatcher(lookups);
  const organisations = matchPartners(rows, choices.decisions, matchOrganisation);
  let home: Interpretation['home'] = null;
  if (homeName) {
    const found = matchOrganisation(homeKey, homeName);
    home = { name: homeName, key: homeKey, organisationId: found.match === 'existing' ? found.candidates[0].id : null };
  }
  const count = (outcome: ImportRowPreview['outcome']) => rows.filter((row) => row.outcome === outcome).length;
  const counts: ImportCounts = {
    rows: rows.length,
    create: count('create'),
    alreadyImported: count('already_imported'),
    unreadable: count('unreadable'),
    empty: count('empty'),
    withWarnings: rows.filter((row) => row.outcome === 'create' && row.problems.length > 0).length,
    newOrganisations:
      organisations.filter((o) => o.match === 'new' || (o.match === 'close' && o.decision === 'create')).length + (home && !home.organisationId ? 1 : 0),
    undecided: organisations.filter((o) => o.match === 'close' && o.decision === null).length,
  };
  return { headerRow: headerIndex === null ? null : headerIndex + 1, aboveHeader, columns, mapping, rows, organisations, home, counts };
}

/** The distinct partners of the rows to create, each matched once. */
function matchPartners(rows: readonly InterpretedRow[], decisions: readonly OrganisationDecision[], matchOrganisation: MatchOrganisation): OrganisationMatch[] {
  const byKey = new Map<string, OrganisationMatch>();
  const chosen = new Map(decisions.map((d) => [d.key, d.choice]));
  for (const row of rows) {
    if (row.outcome !== 'create' || !row.draft) continue;
    for (const partner of row.draft.partners) {
      const known = byKey.get(partner.key);
      if (known) {
        known.rows += 1;
        continue;
      }
      const { match, candidates } = matchOrganisation(partner.key, partner.name);
      const choice = chosen.get(partner.key);
      const decision = match === 'close' && choice !== undefined && (choice === 'create' || candidates.some((c) => c.id === choice)) ? choice : null;
      byKey.set(partner.key, { key: partner.key, name: partner.name, rows: 1, match, candidates, decision });
    }
  }
  return [...byKey.values()];
}
