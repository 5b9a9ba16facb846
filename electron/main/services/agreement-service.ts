import { addDays, localToday } from '../../../shared/calendar';
import { AppError, fieldIssue, type FieldIssue } from '../../../shared/errors';
import type { ChannelParsedInput } from '../../../shared/ipc/contract';
import { entryProblems, isSigned } from '../../../shared/lifecycle';
import {
  AGREEMENT_STATUSES,
  STATUSES_FROM_RECORDS,
  type AgreementDetail,
  type AgreementOverview,
  type AgreementStatus,
  type AgreementValues,
} from '../../../shared/models/agreement';
import { changedSignedTerms } from '../../../shared/signed-terms';
import type { RowStamp } from '../db/record-table';
import {
  agreementTable,
  ancestorSummaries,
  countByStatus,
  expiringBetween,
  followOnSummaries,
  listAgreementSummaries,
  maxReferenceSerial,
  referenceTaken,
  referencesTaken,
  renewalDue,
  type AgreementFields,
} from '../db/repos/agreement-repo';
import { statusBeforeLastChange } from '../db/repos/agreement-history-repo';
import { loadContributions, loadItems, loadParties, saveContributions, saveItems, saveParties } from '../db/repos/agreement-parts-repo';
import { documentCount } from '../db/repos/document-repo';
import { organisationName } from '../records/organisations';
import { signingRecordsFor } from '../db/repos/signing-repo';
import { personTable } from '../records/people';
import { programsCreatedBy } from '../records/programs';
import { endsOnOf, referencePrefix, storedTerm, termToday } from './agreement-terms';
import { recordService, type BatchCreated, type BatchSource, type Removal } from './record-service';
import { newId, type ServiceContext } from './service-context';

export const AGREEMENT_ENTITY = 'agreement';
export const EXPIRING_WINDOW_DAYS = 90;

/**
 * The statuses a status set by mistake may be put back to: the one before its latest change of
 * status; for an agreement entered from records and never moved since, the other statuses it could
 * have been entered in (its entry status was the mistake).
 */
function putBackTargets(ctx: ServiceContext, id: string, status: AgreementStatus, fromRecords: boolean): AgreementStatus[] {
  const previous = statusBeforeLastChange(ctx.db, id);
  if (previous) return previous === status ? [] : [previous];
  return fromRecords ? STATUSES_FROM_RECORDS.filter((s) => s !== status) : [];
}

/** The agreement with everything its page shows: parties, items, contributions, lineage, evidence. */
function loadAgreement(ctx: ServiceContext, id: string): AgreementDetail | null {
  const record = agreementTable.find(ctx.db, id);
  if (!record) return null;
  const { endsOn: _stored, ...fields } = agreementTable.fieldsOf(record);
  return {
    ...fields,
    ...termToday(record, localToday(ctx.now())),
    putBackTo: putBackTargets(ctx, id, record.status, record.fromRecords),
    id: record.id,
    parties: loadParties(ctx.db, id),
    items: loadItems(ctx.db, id),
    contributions: loadContributions(ctx.db, id),
    ancestors: ancestorSummaries(ctx.db, id),
    followOns: followOnSummaries(ctx.db, id),
    documentCount: documentCount(ctx.db, { kind: 'agreement', id }),
    signedPartyIds: [...new Set(signingRecordsFor(ctx.db, id).map((record) => record.partyOrganisationId))],
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    updatedBy: record.updatedBy,
  };
}

export const agreements = recordService<AgreementFields, AgreementDetail>({ table: agreementTable, noun: 'agreement', load: loadAgreement });

export const getAgreement = agreements.get;

/**
 * The stored fields of an agreement as its detail shows it, for a write that changes some of them
 * (a status): the last day of its term in force is worked out again, as every write does.
 */
export function storedFieldsOf(ctx: ServiceContext, detail: AgreementDetail): AgreementFields {
  const fields = agreementTable.fieldsOf({ ...detail, endsOn: null });
  return { ...fields, endsOn: endsOnOf(fields, localToday(ctx.now())) };
}

export function queryAgreements(ctx: ServiceContext, query: ChannelParsedInput<'agreements:list'>) {
  return listAgreementSummaries(ctx.db, query, localToday(ctx.now()));
}

export function agreementOverview(ctx: ServiceContext): AgreementOverview {
  const today = localToday(ctx.now());
  const byStatus = Object.fromEntries(AGREEMENT_STATUSES.map((status) => [status, 0])) as AgreementOverview['byStatus'];
  let total = 0;
  for (const { status, n } of countByStatus(ctx.db)) {
    byStatus[status] = n;
    total += n;
  }
  return {
    total,
    byStatus,
    withinDays: EXPIRING_WINDOW_DAYS,
    expiringSoon: expiringBetween(ctx.db, today, addDays(today, EXPIRING_WINDOW_DAYS)),
    renewalDue: renewalDue(ctx.db, today),
  };
}

/**
 * What a batch of creates looks up again and again, kept while it runs: the last serial it gave
 * per prefix (a reference typed in a row clears them), the references taken (those the batch's
 * rows type, asked of the register once, and every one the batch gives), and the names of the
 * organisations and the people its rows point at — 100,000 agreements name the same 20,000
 * partners 200,000 times. The batch holds the write lock, so nothing it has read changes under it.
 */
type BatchMemo = {
  serials: Map<string, number>;
  references: Set<string>;
  organisations: Map<string, string | null>;
  people: Map<string, boolean>;
};

/** What `load` gives for `id`, kept in the batch's `memo` when there is one. */
function recalled<T>(memo: Map<string, T> | undefined, id: string, load: () => T): T {
  if (!memo) return load();
  let value = memo.get(id);
  if (value === undefined) memo.set(id, (value = load()));
  return value;
}

/** A live organisation's name (null when there is none). */
const organisationNamed = (ctx: ServiceContext, id: string, memo?: BatchMemo): string | null =>
  recalled(memo?.organisations, id, () => organisationName(ctx.db, id));

const personExists = (ctx: ServiceContext, id: string, memo?: BatchMemo): boolean => recalled(memo?.people, id, () => personTable.exists(ctx.db, id));

/** Every id the values point at must exist; a parent must not be the agreement or below it. */
export function checkReferences(ctx: ServiceContext, id: string | null, values: AgreementValues, memo?: BatchMemo): void {
  const issues: FieldIssue[] = [];
  values.parties.forEach((party, p) => {
    if (organisationNamed(ctx, party.organisationId, memo) === null) {
      issues.push(fieldIssue(`parties.${p}.organisationId`, 'field.chooseExistingOrganisation'));
    }
    party.signatories.forEach((signatory, s) => {
      if (!personExists(ctx, signatory.personId, memo)) {
        issues.push(fieldIssue(`parties.${p}.signatories.${s}.personId`, 'field.chooseExistingPerson'));
      }
    });
  });
  if (values.parentId) {
    if (!agreementTable.find(ctx.db, values.parentId)) {
      issues.push(fieldIssue('parentId', 'agreement.parentMissing'));
    } else if (id && (values.parentId === id || ancestorSummaries(ctx.db, values.parentId).some((a) => a.id === id))) {
      issues.push(fieldIssue('parentId', 'agreement.parentLoop'));
    }
  }
  if (issues.length) throw new AppError('VALIDATION', 'agreement.referencesInvalid', undefined, issues);
}

/**
 * The reference a save keeps or is given. A batch passes its memo: the last serial it gave per
 * prefix, so that each of its creates is not a fresh search of the index (a reference typed in a
 * row may take any serial, so it clears those), and the references taken, so that a typed one is
 * not a query per row.
 */
export function resolveReference(ctx: ServiceContext, id: string | null, values: AgreementValues, memo?: Pick<BatchMemo, 'serials' | 'references'>): string {
  if (values.referenceNo) {
    memo?.serials.clear();
    if (memo ? memo.references.has(values.referenceNo) : referenceTaken(ctx.db, values.referenceNo, id)) {
      throw new AppError('VALIDATION', 'agreement.referenceTaken', { reference: values.referenceNo }, [
        fieldIssue('referenceNo', 'agreement.referenceTakenHere'),
      ]);
    }
    memo?.references.add(values.referenceNo);
    return values.referenceNo;
  }
  const year = Number((values.signedOn ?? localToday(ctx.now())).slice(0, 4));
  const prefix = referencePrefix(values.kind, year);
  const serial = (memo?.serials.get(prefix) ?? maxReferenceSerial(ctx.db, prefix)) + 1;
  memo?.serials.set(prefix, serial);
  const given = `${prefix}${String(serial).padStart(3, '0')}`;
  memo?.references.add(given);
  return given;
}

/** The stored fields from what was given; `fromRecords` is fixed when the agreement is created. */
export function toFields(
  ctx: ServiceContext,
  values: AgreementValues,
  referenceNo: string,
  status: AgreementFields['status'],
  fromRecords: boolean,
): AgreementFields {
  return {
    referenceNo,
    kind: values.kind,
    title: values.title,
    purpose: values.purpose,
    status,
    signedOn: values.signedOn,
    effectiveOn: values.effectiveOn,
    ...storedTerm(values, localToday(ctx.now())),
    renewalsSoFar: values.renewalsSoFar,
    signingPlace: values.signingPlace,
    owner: values.owner,
    tags: [...new Set(values.tags)],
    notes: values.notes,
    parentId: values.parentId,
    fromRecords,
    signatoriesRecorded: values.signatoriesRecorded,
    originalText: values.originalText,
  };
}

/** Who signed may be left unrecorded only for an agreement entered from records. */
function checkUnrecordedSignatories(values: AgreementValues, fromRecords: boolean): void {
  if (!values.signatoriesRecorded && !fromRecords) {
    throw new AppError('VALIDATION', 'agreement.unrecordedOnlyFromRecords', undefined, [
      fieldIssue('signatoriesRecorded', 'agreement.unrecordedOnlyFromRecords'),
    ]);
  }
}

/** Problems entering the agreement in its status from records: who signed, and a term not already over. */
function checkEntry(ctx: ServiceContext, values: AgreementValues, fields: AgreementFields, memo?: BatchMemo): void {
  const parties = values.parties.map((party) => ({
    ...party,
    organisationName: organisationNamed(ctx, party.organisationId, memo) ?? '',
  }));
  const today = localToday(ctx.now());
  const problems = entryProblems(
    { status: fields.status, signedOn: fields.signedOn, parties, signatoriesRecorded: fields.signatoriesRecorded, currentEnd: termToday(fields, today).currentEnd, today },
    fields.fromRecords,
  );
  if (problems.length === 1) throw new AppError('VALIDATION', problems[0].key, problems[0].params, problems);
  if (problems.length) throw new AppError('VALIDATION', 'lifecycle.blocked', { count: problems.length }, problems);
}

/** Saves the agreement's parties, items and contributions; `fresh` when it was created in this write. */
export function saveChildren(ctx: ServiceContext, id: string, values: AgreementValues, stamp: RowStamp, fresh = false): void {
  saveParties(ctx.db, id, values.parties, stamp, newId, fresh);
  saveItems(ctx.db, id, values.items, stamp, newId, fresh);
  saveContributions(ctx.db, id, values.contributions, stamp, newId, fresh);
}

/**
 * New agreements start as drafts; signing happens through transitions. One entered from records
 * (`statusFromRecords`) starts where the records say it stands, in one step, when the lifecycle
 * allows that status from records.
 */
export function createAgreement(ctx: ServiceContext, values: AgreementValues): AgreementDetail {
  return agreements.create(
    ctx,
    () => prepareNew(ctx, values),
    (id, stamp) => saveChildren(ctx, id, values, stamp, true),
  );
}

/** The rules of a create: who signed, what it points at, its reference number, its entry status. */
function prepareNew(ctx: ServiceContext, values: AgreementValues, memo?: BatchMemo): AgreementFields {
  const fromRecords = values.statusFromRecords !== null;
  checkUnrecordedSignatories(values, fromRecords);
  checkReferences(ctx, null, values, memo);
  const fields = toFields(ctx, values, resolveReference(ctx, null, values, memo), values.statusFromRecords ?? 'draft', fromRecords);
  checkEntry(ctx, values, fields, memo);
  return fields;
}

/**
 * Many agreements in one transaction, each by the rules of `createAgreement` (entered from
 * records in its status when the values say so), with one audit entry naming every row. `row` is
 * the caller's number for each (a file's row), named when one is refused; nothing is kept then.
 */
export function createAgreements(
  ctx: ServiceContext,
  rows: ReadonlyArray<{ row: number; values: AgreementValues }>,
  batch: BatchSource,
): BatchCreated[] {
  return agreements.createMany(ctx, batchRows(ctx, rows), batch);
}

/** `createAgreements` in steps, inside the caller's transaction (the import's), awaiting `step` between them. */
export function createAgreementsInSteps(
  ctx: ServiceContext,
  rows: ReadonlyArray<{ row: number; values: AgreementValues }>,
  batch: BatchSource,
  step: (done: number) => Promise<void>,
): Promise<BatchCreated[]> {
  return agreements.createManyInSteps(ctx, batchRows(ctx, rows), batch, step);
}

/** Each row by the rules of a create, with one memo for the batch. */
function batchRows(ctx: ServiceContext, rows: ReadonlyArray<{ row: number; values: AgreementValues }>) {
  const typed = rows.flatMap(({ values }) => (values.referenceNo ? [values.referenceNo] : []));
  const memo: BatchMemo = { serials: new Map(), references: referencesTaken(ctx.db, typed), organisations: new Map(), people: new Map() };
  return rows.map(({ row, values }) => ({
    row,
    prepare: () => prepareNew(ctx, values, memo),
    after: (id: string, stamp: RowStamp) => saveChildren(ctx, id, values, stamp, true),
  }));
}

/** Refuses what only a create may say: entering from records. */
export function checkNotEntry(values: AgreementValues): void {
  if (values.statusFromRecords !== null) {
    throw new AppError('VALIDATION', 'agreement.fromRecordsOnCreate', undefined, [fieldIssue('statusFromRecords', 'agreement.fromRecordsOnCreate')]);
  }
}

export function updateAgreement(ctx: ServiceContext, input: ChannelParsedInput<'agreements:update'>): AgreementDetail {
  return agreements.update(
    ctx,
    input,
    (before) => {
      checkNotEntry(input.values);
      checkUnrecordedSignatories(input.values, before.fromRecords);
      checkReferences(ctx, input.id, input.values);
      const fields = toFields(ctx, input.values, resolveReference(ctx, input.id, input.values), before.status, before.fromRecords);
      if (isSigned(before.status)) {
        const issues = changedSignedTerms(before, { ...fields, parties: input.values.parties });
        if (issues.length) throw new AppError('VALIDATION', 'agreement.signedTermsLocked', undefined, issues);
      }
      return fields;
    },
    { after: (id, stamp) => saveChildren(ctx, id, input.values, stamp) },
  );
}

/** Only drafts can be deleted (tombstoned); anything further along is terminated instead. */
export function deleteAgreement(ctx: ServiceContext, removal: Removal): { id: string } {
  const { id } = removal;
  return agreements.remove(ctx, removal, (before) => {
    if (before.status !== 'draft') {
      throw new AppError('ILLEGAL_TRANSITION', 'agreement.onlyDraftsDeleted');
    }
    if (before.followOns.length) {
      throw new AppError('CONFLICT', 'agreement.hasFollowOns');
    }
    const programs = programsCreatedBy(ctx.db, id);
    if (programs) throw new AppError('CONFLICT', 'agreement.linkedFromPrograms', { count: programs });
  });
}
