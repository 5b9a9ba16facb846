import { z } from 'zod';
import { AgreementKind } from './agreement';
import { Id, PageRequest } from './common';
import { Sha256 } from './document';

/**
 * Bringing an office's register in from a CSV or XLSX file: what the renderer sends (the file, the
 * column mapping, the options, the organisation decisions) and what main answers (a preview of every
 * row, the result of an import, the imports made so far).
 */

/** 50 MB: a register of a few thousand rows is well under 1 MB; anything this large is not one. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** What a column can hold. `partners` may name several organisations in one cell. */
export const IMPORT_FIELDS = [
  'ignore',
  'title',
  'partners',
  'kind',
  'signedOn',
  'effectiveOn',
  'expiresOn',
  'term',
  'status',
  'country',
  'referenceNo',
  'purpose',
  'signatories',
  'notes',
] as const;
export const ImportField = z.enum(IMPORT_FIELDS);
export type ImportField = z.infer<typeof ImportField>;

export const DATE_ORDERS = ['auto', 'dmy', 'mdy'] as const;

export const ImportOptions = z.object({
  /** The office's own organisation: every row's agreement is between it and the row's partners. */
  homeOrganisation: z.string().trim().max(200).default(''),
  /** The kind of agreement for rows whose kind is blank, or when no column holds the kind. */
  defaultKind: AgreementKind.default('mou'),
  /** How to read 03/04/2019: `auto` refuses dates that could be read both ways. */
  dateOrder: z.enum(DATE_ORDERS).default('auto'),
  /** XLSX: the sheet to read (the first with data when not given). */
  sheet: z.string().max(200).optional(),
  /** The header's row number (1-based), when the one found is not the right one. */
  headerRow: z.number().int().min(1).max(1_000_000).optional(),
});
export type ImportOptions = z.input<typeof ImportOptions>;
export type ImportOptionValues = z.output<typeof ImportOptions>;

/** For a partner name that resembles an existing organisation: use that one, or create a new one. */
export const OrganisationDecision = z.object({
  key: z.string().max(400),
  choice: z.union([z.literal('create'), Id]),
});
export type OrganisationDecision = z.infer<typeof OrganisationDecision>;

const Choices = {
  /** The field of each column, by position; left out, main's guess from the header is used. */
  mapping: z.array(ImportField).max(500).optional(),
  options: ImportOptions.default({ homeOrganisation: '', defaultKind: 'mou', dateOrder: 'auto' }),
  decisions: z.array(OrganisationDecision).max(20_000).default([]),
};

/** A file chosen in the browser, as base64. */
export const ImportRead = z.object({
  fileName: z.string().trim().min(1).max(255),
  contentBase64: z.string().max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 8),
  ...Choices,
});
export type ImportRead = z.input<typeof ImportRead>;

/** Desktop: main shows the open dialog. */
export const ImportPick = z.object(Choices);

/** Reading the file main already holds again, with another mapping, options or decisions. */
export const ImportPreviewRequest = z.object({ sessionId: Id, ...Choices });
export type ImportPreviewRequest = z.input<typeof ImportPreviewRequest>;

export const ImportCommit = ImportPreviewRequest;
export type ImportCommit = z.input<typeof ImportCommit>;

/** A date as it was written and read: its precision is kept ("June 2016" is a month). */
export const DateReading = z.object({ precision: z.enum(['day', 'month', 'year']), iso: z.string(), text: z.string() });
export type DateReading = z.infer<typeof DateReading>;

export const TermReading = z.object({
  kind: z.enum(['fixed', 'auto_renewing', 'open_ended', 'unknown', 'period']),
  months: z.number().int().nullable(),
  /** Auto-renewing: each renewal's length. */
  periodMonths: z.number().int().nullable(),
  noticeDays: z.number().int().nullable(),
  noticeMonths: z.number().int().nullable(),
  /** A period written as two dates ("2019.3.4 ~ 2022.3.3"). */
  from: DateReading.nullable(),
  to: DateReading.nullable(),
  text: z.string(),
});
export type TermReading = z.infer<typeof TermReading>;

export const STATUS_READINGS = ['active', 'expired', 'terminated', 'renewed', 'negotiation', 'draft'] as const;
export const StatusReading = z.object({ status: z.enum(STATUS_READINGS), on: DateReading.nullable(), text: z.string() });
export type StatusReading = z.infer<typeof StatusReading>;

/** Where a row's agreement starts: a draft, or entered from records in the status it stands in. */
export const ENTRY_STATUSES = ['draft', 'active', 'expired', 'terminated'] as const;
export const EntryStatus = z.enum(ENTRY_STATUSES);
export type EntryStatus = z.infer<typeof EntryStatus>;

/** One row as an agreement: every reading it will be saved from. */
export const ImportDraft = z.object({
  title: z.string(),
  /** The title was made from the kind and the partners, because the row gave none. */
  titleMade: z.boolean(),
  kind: AgreementKind,
  kindText: z.string(),
  referenceNo: z.string(),
  partners: z.array(z.object({ name: z.string(), key: z.string() })),
  signedOn: DateReading.nullable(),
  effectiveOn: DateReading.nullable(),
  expiresOn: DateReading.nullable(),
  term: TermReading.nullable(),
  status: StatusReading.nullable(),
  country: z.string().nullable(),
  /** The status it is entered in, from the status written and the dates (worked out for today). */
  entersAs: EntryStatus,
  signatories: z.array(z.string()),
  purpose: z.string(),
  notes: z.string(),
});
export type ImportDraft = z.infer<typeof ImportDraft>;

export const ImportProblem = z.object({
  /** The column it is about (0-based), or null for the row as a whole. */
  column: z.number().int().nullable(),
  /** `error`: the row is not imported; `warning`: it is, and the problem is kept in its notes. */
  severity: z.enum(['error', 'warning']),
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  message: z.string(),
});
export type ImportProblem = z.infer<typeof ImportProblem>;

export const ROW_OUTCOMES = ['create', 'already_imported', 'unreadable', 'empty'] as const;
export const RowOutcome = z.enum(ROW_OUTCOMES);
export type RowOutcome = z.infer<typeof RowOutcome>;

export const ImportRowPreview = z.object({
  /** As the spreadsheet numbers it (1-based). */
  rowNumber: z.number().int(),
  cells: z.array(z.string()),
  outcome: RowOutcome,
  draft: ImportDraft.nullable(),
  problems: z.array(ImportProblem),
});
export type ImportRowPreview = z.infer<typeof ImportRowPreview>;

export const ImportColumn = z.object({
  index: z.number().int(),
  header: z.string(),
  field: ImportField,
  guessed: ImportField,
});
export type ImportColumn = z.infer<typeof ImportColumn>;

export const OrganisationCandidate = z.object({ id: Id, name: z.string(), country: z.string() });

/** A partner name as the file writes it, and what it will be saved as. */
export const OrganisationMatch = z.object({
  key: z.string(),
  name: z.string(),
  rows: z.number().int(),
  match: z.enum(['existing', 'close', 'new']),
  /** `existing`: the organisation it is; `close`: those it resembles, most alike first. */
  candidates: z.array(OrganisationCandidate),
  /** For a close match: what the user chose; null until they do. */
  decision: z.union([z.literal('create'), Id]).nullable(),
});
export type OrganisationMatch = z.infer<typeof OrganisationMatch>;

export const ImportCounts = z.object({
  rows: z.number().int(),
  create: z.number().int(),
  alreadyImported: z.number().int(),
  unreadable: z.number().int(),
  empty: z.number().int(),
  withWarnings: z.number().int(),
  newOrganisations: z.number().int(),
  undecided: z.number().int(),
});
export type ImportCounts = z.infer<typeof ImportCounts>;

export const ImportFileInfo = z.object({
  name: z.string(),
  size: z.number().int(),
  sha256: Sha256,
  format: z.enum(['csv', 'xlsx']),
  /** CSV: the encoding it was read in ("UTF-8", "CP949"…). */
  encoding: z.string().nullable(),
  sheet: z.string().nullable(),
  sheets: z.array(z.string()),
});
export type ImportFileInfo = z.infer<typeof ImportFileInfo>;

export const ImportPreview = z.object({
  sessionId: Id,
  file: ImportFileInfo,
  /** Earlier imports of the very same file. */
  earlier: z.array(z.object({ id: Id, at: z.string(), created: z.number().int(), undone: z.boolean() })),
  /** The header's row number, or null when no row looks like one (columns are then named by letter). */
  headerRow: z.number().int().nullable(),
  /** Rows above the header (a register's title, merged across the columns), shown, not imported. */
  aboveHeader: z.array(z.object({ rowNumber: z.number().int(), text: z.string() })),
  columns: z.array(ImportColumn),
  options: ImportOptions,
  rows: z.array(ImportRowPreview),
  organisations: z.array(OrganisationMatch),
  /** The home organisation: an existing one, or made new. */
  home: z.object({ name: z.string(), organisationId: Id.nullable() }).nullable(),
  counts: ImportCounts,
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportResult = z.object({
  /** Null when nothing was imported (every row was already in the register). */
  importId: Id.nullable(),
  created: z.number().int(),
  alreadyImported: z.number().int(),
  unreadable: z.number().int(),
  empty: z.number().int(),
  organisationsCreated: z.number().int(),
});
export type ImportResult = z.infer<typeof ImportResult>;

export const ImportSummary = z.object({
  id: Id,
  fileName: z.string(),
  sha256: Sha256,
  at: z.string(),
  by: z.string(),
  rows: z.number().int(),
  created: z.number().int(),
  alreadyImported: z.number().int(),
  unreadable: z.number().int(),
  organisationsCreated: z.number().int(),
  undoneAt: z.string().nullable(),
});
export type ImportSummary = z.infer<typeof ImportSummary>;

export const ImportQuery = PageRequest;

export const ImportUndoResult = z.object({
  id: Id,
  agreementsRemoved: z.number().int(),
  organisationsRemoved: z.number().int(),
  /** Organisations the import made that are kept: edited since, or named by other records. */
  organisationsKept: z.array(z.string()),
});
export type ImportUndoResult = z.infer<typeof ImportUndoResult>;

/** Main → renderer while an import is saved: how far it has come. */
export const ImportProgress = z.object({
  sessionId: Id,
  phase: z.enum(['checking', 'saving', 'done']),
  done: z.number().int(),
  total: z.number().int(),
});
export type ImportProgress = z.infer<typeof ImportProgress>;
