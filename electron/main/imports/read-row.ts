import { englishMessage, type MessageKey, type MessageParams } from '../../../shared/errors';
import { countryFromName } from '../../../shared/countries';
import type {
  DateReading,
  ImportDraft,
  ImportField,
  ImportOptionValues,
  ImportProblem,
  TermReading,
} from '../../../shared/models/import';
import { parseWrittenDate, type DateOrder } from '../../../shared/written-date';
import { parseWrittenTerm } from '../../../shared/written-term';
import { KIND_TITLE, readKind } from './kind-words';
import { nameKey } from '../../../shared/name-key';
import { splitNames, splitPartners } from './split-partners';
import { readStatus } from './status-words';

/** An AgreementInput allows 20 parties; the office is one of them. */
export const MAX_PARTNERS = 19;
/** An organisation's name holds up to 200 characters. */
const MAX_NAME = 200;

export function problem(column: number | null, severity: ImportProblem['severity'], key: MessageKey, params?: MessageParams): ImportProblem {
  const message = englishMessage(key, params);
  return params ? { column, severity, key, params: { ...params }, message } : { column, severity, key, message };
}

export type RowReading = { draft: ImportDraft | null; problems: ImportProblem[] };

/** The cells mapped to `field`, with their columns; blank cells left out. */
function cellsFor(cells: readonly string[], mapping: readonly ImportField[], field: ImportField): Array<{ column: number; text: string }> {
  const found: Array<{ column: number; text: string }> = [];
  mapping.forEach((mapped, column) => {
    const text = (cells[column] ?? '').trim();
    if (mapped === field && text !== '') found.push({ column, text });
  });
  return found;
}

function orderOf(options: ImportOptionValues): DateOrder | undefined {
  return options.dateOrder === 'auto' ? undefined : options.dateOrder;
}

/** What `read` says of a text, worked out once for each distinct text it is given. */
function remembered<T>(read: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    if (seen.has(text)) return seen.get(text)!;
    const value = read(text);
    seen.set(text, value);
    return value;
  };
}

/**
 * The readings of one file's cells. A register repeats itself down its columns (the same terms,
 * countries and partners on row after row), and what a cell's text says depends on nothing else,
 * so each distinct text is read once: parsing every row's term, dates and country again was a
 * third of previewing a 10,000-row register.
 */
type CellReadings = {
  date(text: string): ReturnType<typeof parseWrittenDate>;
  period(text: string): { from: DateReading; to: DateReading } | null;
  term(text: string): ReturnType<typeof parseWrittenTerm>;
  country(text: string): ReturnType<typeof countryFromName>;
  partners(text: string): string[];
  key(name: string): string;
};

function cellReadings(order: DateOrder | undefined): CellReadings {
  return {
    date: remembered((text) => parseWrittenDate(text, { order })),
    period: remembered((text) => readPeriod(text, order)),
    term: remembered(parseWrittenTerm),
    country: remembered(countryFromName),
    partners: remembered(splitPartners),
    key: remembered(nameKey),
  };
}

function readDate(cell: { column: number; text: string } | undefined, readings: CellReadings, problems: ImportProblem[]): DateReading | null {
  if (!cell) return null;
  const parsed = readings.date(cell.text);
  if (!parsed.ok) {
    problems.push(problem(cell.column, 'warning', 'import.dateUnread', { reason: parsed.reason }));
    return null;
  }
  return { ...parsed.value };
}

/** "2019.3.4 ~ 2022.3.3", "1 March 2019 to 28 February 2022": a term written as its two ends. */
function readPeriod(text: string, order: DateOrder | undefined): { from: DateReading; to: DateReading } | null {
  const match = /^(.+?)\s*(?:~|～|∼|–|—|\s-\s|\bto\b|\buntil\b|부터|至|到)\s*(.+?)(?:\s*까지)?$/i.exec(text.normalize('NFKC'));
  if (!match) return null;
  const from = parseWrittenDate(match[1], { order });
  const to = parseWrittenDate(match[2], { order });
  return from.ok && to.ok ? { from: { ...from.value, text: match[1].trim() }, to: { ...to.value, text: match[2].trim() } } : null;
}

function readTerm(
  cell: { column: number; text: string } | undefined,
  readings: CellReadings,
  problems: ImportProblem[],
): { term: TermReading | null; hint: ReturnType<typeof parseWrittenTerm>['hint'] } {
  if (!cell) return { term: null, hint: undefined };
  const blank = { months: null, periodMonths: null, noticeDays: null, noticeMonths: null, from: null, to: null, text: cell.text };
  const period = readings.period(cell.text);
  if (period) return { term: { ...blank, kind: 'period', from: { ...period.from }, to: { ...period.to } }, hint: undefined };
  const { term, hint } = readings.term(cell.text);
  switch (term.kind) {
    case 'fixed':
      return { term: { ...blank, kind: 'fixed', months: term.months }, hint };
    case 'auto_renewing':
      return {
        term: {
          ...blank,
          kind: 'auto_renewing',
          months: term.initialMonths ?? term.periodMonths,
          periodMonths: term.periodMonths,
          noticeDays: term.noticeDays ?? null,
          noticeMonths: term.noticeMonths ?? null,
        },
        hint,
      };
    case 'open_ended':
      return { term: { ...blank, kind: 'open_ended' }, hint };
    case 'unknown':
      // A bare status ("lapsed", "renewed 2021") in the term column is a reading, not a problem.
      if (!hint) problems.push(problem(cell.column, 'warning', 'import.termUnread', { text: cell.text }));
      return { term: { ...blank, kind: 'unknown' }, hint };
  }
}

/** Reads the rows of one file with the same mapping and options (`readRow` for each). */
export function rowReader(mapping: readonly ImportField[], options: ImportOptionValues): (cells: readonly string[]) => RowReading {
  const readings = cellReadings(orderOf(options));
  return (cells) => readRow(cells, mapping, options, readings);
}

/**
 * One row of the register as an agreement draft, with every problem and the column it is about.
 * Nothing is guessed silently: a blank title is made from the kind and partners and said so; a date
 * that does not read, a kind or status it does not know are warnings (the row is kept as written);
 * a date is read at the precision written (a month stays a month); a row that cannot make an
 * agreement (no partner) is an error and is not imported.
 */
function readRow(cells: readonly string[], mapping: readonly ImportField[], options: ImportOptionValues, readings: CellReadings): RowReading {
  const problems: ImportProblem[] = [];
  const first = (field: ImportField) => cellsFor(cells, mapping, field)[0];
  const joined = (field: ImportField) => cellsFor(cells, mapping, field).map((cell) => cell.text).join('\n');

  const partnerCells = cellsFor(cells, mapping, 'partners');
  const partners = partnerCells.flatMap((cell) => readings.partners(cell.text));
  if (partners.length === 0) {
    const column = mapping.indexOf('partners');
    problems.push(problem(column >= 0 ? column : null, 'error', column >= 0 ? 'import.noPartner' : 'import.noPartnerColumn'));
  } else if (partners.some((name) => name.length > MAX_NAME)) {
    problems.push(problem(partnerCells[0].column, 'error', 'import.partnerTooLong', { max: MAX_NAME }));
  } else if (partners.length > MAX_PARTNERS) {
    problems.push(problem(partnerCells[0].column, 'error', 'import.tooManyPartners', { count: partners.length, max: MAX_PARTNERS }));
  }

  const kindCell = first('kind');
  let kind = options.defaultKind;
  if (kindCell) {
    const read = readKind(kindCell.text);
    if (read) kind = read;
    else problems.push(problem(kindCell.column, 'warning', 'import.kindUnknown', { text: kindCell.text, kind: KIND_TITLE[kind] }));
  }

  const titleCell = first('title');
  const titleMade = !titleCell;
  const title = titleCell ? titleCell.text : `${KIND_TITLE[kind]} with ${partners.join(', ') || '…'}`;
  if (titleMade && partners.length) problems.push(problem(null, 'warning', 'import.titleMade', { title }));

  const signedOn = readDate(first('signedOn'), readings, problems);
  const effectiveOn = readDate(first('effectiveOn'), readings, problems);
  const expiresOn = readDate(first('expiresOn'), readings, problems);
  const { term, hint } = readTerm(first('term'), readings, problems);

  const statusCell = first('status');
  let status = statusCell ? readStatus(statusCell.text) : null;
  if (statusCell && !status) problems.push(problem(statusCell.column, 'warning', 'import.statusUnread', { text: statusCell.text }));
  if (!status && hint) status = { status: hint.status, on: hint.status === 'renewed' ? hint.on : null, text: first('term')?.text ?? '' };

  const countryCell = first('country');
  let country: string | null = null;
  if (countryCell) {
    const found = readings.country(countryCell.text);
    if (found.ok) country = found.code;
    else problems.push(problem(countryCell.column, 'warning', 'import.countryUnread', { reason: found.reason }));
  }

  const draft: ImportDraft = {
    title,
    titleMade,
    kind,
    kindText: kindCell?.text ?? '',
    referenceNo: first('referenceNo')?.text ?? '',
    partners: partners.map((name) => ({ name, key: readings.key(name) })),
    signedOn,
    effectiveOn,
    expiresOn,
    term,
    status,
    country,
    // Worked out by `interpret`, which knows today (`entryFor`).
    entersAs: 'draft',
    signatories: cellsFor(cells, mapping, 'signatories').flatMap((cell) => splitNames(cell.text)),
    purpose: joined('purpose'),
    notes: joined('notes'),
  };
  return { draft, problems };
}

/** True when no cell of the row holds anything. */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}
