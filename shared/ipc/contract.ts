import { z } from 'zod';
import { AppInfo, DemoLoadResult, DemoStatus } from '../models/app';
import {
  AgreementCorrection,
  AgreementDetail,
  AgreementInput,
  AgreementOverview,
  AgreementPutBack,
  AgreementQuery,
  AgreementRemoval,
  AgreementSummary,
  AgreementTransition,
  AgreementUpdate,
  RemovedAgreement,
} from '../models/agreement';
import { AuditEntry, AuditQuery } from '../models/audit';
import { BackupChoice, BackupInfo, BackupsOverview, PendingRestore } from '../models/backup';
import { DocumentHealth } from '../models/document-health';
import { ById, Deleted, Page, PageRequest } from '../models/common';
import { applicationChannels } from '../models/application';
import { evaluationChannels } from '../models/evaluation';
import { hireChannels } from '../models/hire';
import { placementChannels, placementViewChannels } from '../models/placement';
import { awardChannels } from '../models/award';
import { intakeChannels } from '../models/intake';
import { programChannels } from '../models/program';
import { organisationChannels } from '../models/organisation';
import { personChannels } from '../models/person';
import { CalendarEntries, CalendarRange, IcsExport } from '../models/calendar';
import { EventInput, EventQuery, EventRecord, EventUpdate } from '../models/event';
import { Project, ProjectInput, ProjectQuery, ProjectTransition, ProjectUpdate } from '../models/project';
import { AgreementProduced, Outcome, OutcomeLinkInput, OutcomeQuery } from '../models/outcome';
import { PartnerOverview, PartnerRef, PartnerReportRequest } from '../models/partner';
import { Report, ReportExportRequest, ReportRequest } from '../models/report';
import {
  ByOwner,
  DocumentContent,
  DocumentPick,
  DocumentUpload,
  MarkSigned,
  RecordDocument,
  VersionRef,
} from '../models/document';
import { FileLink, FileOut, KeyImport, KeyInfo, RegisterExport, SummaryExport, VerifyInput, VerifyResult } from '../models/export';
import {
  ImportCommit,
  ImportPick,
  ImportPreview,
  ImportPreviewRequest,
  ImportProgress,
  ImportQuery,
  ImportRead,
  ImportResult,
  ImportSummary,
  ImportUndoResult,
} from '../models/import';
import { ChainReport, SigningInput, SigningRecord } from '../models/signing';
import { recordChannels } from './record-channels';

const Nothing = z.object({}).strict();
const ByAgreement = z.object({ agreementId: ById.shape.id });

/**
 * Every call the renderer can make of main: `domain:verb` → input and output schemas. Main's handler
 * map is typed from this object, so a channel without a handler fails to compile, and the preload's
 * allow-list is built from its keys.
 */
export const contract = {
  'app:info': { input: Nothing, output: AppInfo },
  'demo:status': { input: Nothing, output: DemoStatus },
  'demo:load': { input: Nothing, output: DemoLoadResult },
  'demo:dismiss': { input: Nothing, output: DemoStatus },

  // Each record type's channels come from its model (`<type>Channels`, made with `recordChannels`):
  // a new record type is one line in this list.
  ...organisationChannels,
  ...personChannels,
  ...programChannels,
  ...intakeChannels,
  ...applicationChannels,
  ...placementChannels,
  ...evaluationChannels,
  ...hireChannels,
  ...placementViewChannels,
  ...awardChannels,

  ...recordChannels('agreements', {
    query: AgreementQuery,
    input: AgreementInput,
    update: AgreementUpdate,
    record: AgreementDetail,
    row: AgreementSummary,
  }),
  'agreements:overview': { input: Nothing, output: AgreementOverview },
  'agreements:transition': { input: AgreementTransition, output: AgreementDetail },
  ...recordChannels('projects', { query: ProjectQuery, input: ProjectInput, update: ProjectUpdate, record: Project }),
  'projects:transition': { input: ProjectTransition, output: Project },

  /** Which records (projects, their outputs, programs) fulfil which cooperation items. */
  'outcomes:list': { input: OutcomeQuery, output: z.array(Outcome) },
  'outcomes:link': { input: OutcomeLinkInput, output: Outcome },
  'outcomes:unlink': { input: ById, output: z.object({ id: z.string() }) },
  /** "What this agreement produced": per cooperation item, its outcomes and how it is doing today. */
  'outcomes:produced': { input: ByAgreement, output: AgreementProduced },

  /** Everything with one organisation and its sub-organisations, and the one-page report of it. */
  'partners:overview': { input: PartnerRef, output: PartnerOverview },
  'partners:report': { input: PartnerReportRequest, output: FileOut },
  /** A year's figures per month, or a partner's per year (or both): counts, money per currency, what was counted. */
  'reports:figures': { input: ReportRequest, output: Report },
  'reports:export': { input: ReportExportRequest, output: FileOut },
  ...recordChannels('events', { query: EventQuery, input: EventInput, update: EventUpdate, record: EventRecord }),
  /** Everything with a date in the range: events (series expanded), intake dates, item due dates, agreement dates. */
  'calendar:range': { input: CalendarRange, output: CalendarEntries },
  'calendar:exportIcs': { input: IcsExport, output: FileOut },
  /** Signed terms copied wrongly, corrected with a reason (an amendment is a follow-on agreement instead). */
  'agreements:correct': { input: AgreementCorrection, output: AgreementDetail },
  /** A status set by mistake, put back (to one of the detail's `putBackTo`) with a reason. */
  'agreements:putBack': { input: AgreementPutBack, output: AgreementDetail },
  /** A mis-entered agreement of any status, removed with a reason (a tombstone; undone by restore). */
  'agreements:remove': { input: AgreementRemoval, output: Deleted },
  /** Removed agreements, the latest removal first, to restore one. */
  'agreements:removed': { input: PageRequest, output: Page(RemovedAgreement) },

  'audit:list': { input: AuditQuery, output: Page(AuditEntry) },
  /** Records deleted and not restored since, the latest first: each as its delete entry (the record as it was, and why). */
  'audit:deleted': { input: PageRequest, output: Page(AuditEntry) },

  /** Documents belong to any record (its `owner`); signing records stay on agreements. */
  'documents:list': { input: ByOwner, output: z.array(RecordDocument) },
  'documents:add': { input: DocumentUpload, output: RecordDocument },
  /** Desktop: main shows the open dialog and reads the file; null when the user cancels. */
  'documents:pick': { input: DocumentPick, output: RecordDocument.nullable() },
  'documents:markSigned': { input: MarkSigned, output: RecordDocument },
  'documents:content': { input: VersionRef, output: DocumentContent },
  /** Desktop: opens the stored file in the OS viewer. */
  'documents:open': { input: VersionRef, output: z.object({ opened: z.boolean() }) },
  /** What the background check of stored documents last found (re-checked for those it named). */
  'documents:health': { input: Nothing, output: DocumentHealth },

  'signing:list': { input: ByAgreement, output: z.array(SigningRecord) },
  'signing:record': { input: SigningInput, output: SigningRecord },
  'signing:verify': { input: Nothing, output: ChainReport },

  'keys:list': { input: Nothing, output: z.array(KeyInfo) },
  'keys:rotate': { input: Nothing, output: KeyInfo },
  'keys:exportPublic': { input: z.object({ keyId: z.string().max(64).optional() }), output: FileOut },
  'keys:importPublic': { input: KeyImport, output: KeyInfo },

  'exports:summary': { input: SummaryExport, output: FileOut },
  'exports:register': { input: RegisterExport, output: FileOut },
  /** The same file as a download link, written while it is sent (the window's export: 100,000 rows are never held whole). */
  'exports:registerLink': { input: RegisterExport, output: FileLink },
  'exports:verify': { input: VerifyInput, output: VerifyResult },

  /** Register copies in backups/, the restore waiting for the next start, and what this start restored. */
  'backups:list': { input: Nothing, output: BackupsOverview },
  'backups:create': { input: Nothing, output: BackupInfo },
  /**
   * Checks a backup in backups/ and schedules it to replace the register when Liaison next starts
   * (the open register cannot be swapped safely under the running app).
   */
  'backups:restore': { input: BackupChoice, output: PendingRestore },
  'backups:cancelRestore': { input: Nothing, output: z.object({ cancelled: z.boolean() }) },

  /** A register file (CSV or XLSX) read into a preview of every row; main keeps the file for the calls below. */
  'imports:read': { input: ImportRead, output: ImportPreview },
  /** Desktop: main shows the open dialog and reads the file; null when the user cancels. */
  'imports:pick': { input: ImportPick, output: ImportPreview.nullable() },
  /** The same file read again with another mapping, options or organisation decisions. */
  'imports:preview': { input: ImportPreviewRequest, output: ImportPreview },
  /** Saves the file's rows in one transaction, reporting `imports:progress` as it goes. */
  'imports:commit': { input: ImportCommit, output: ImportResult },
  'imports:list': { input: ImportQuery, output: Page(ImportSummary) },
  /** Removes everything an import created, in one transaction, or refuses with a sentence. */
  'imports:undo': { input: ById, output: ImportUndoResult },
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** Main → renderer notifications. */
export const events = {
  /** Something in the register changed (from another window, the CLI, or a background job). */
  'db:changed': z.object({ entity: z.string(), id: z.string().nullable() }),
  /** The background check of the signing-record chain at start-up found a broken link. */
  'signing:chainBroken': ChainReport,
  /** The background check of the documents folder found stored files changed or missing. */
  'documents:damaged': DocumentHealth,
  /** How far an import being saved has come. */
  'imports:progress': ImportProgress,
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;
export const EVENT_NAMES = Object.keys(events) as EventName[];

/** The bridge the preload exposes as `window.liaison` (and browser mode imitates over HTTP). */
export type LiaisonBridge = {
  invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<unknown>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};
