import { addDays, localToday } from '../../../shared/calendar';
import { AppError, fieldIssue, type FieldIssue } from '../../../shared/errors';
import type { ChannelParsedInput } from '../../../shared/ipc/contract';
import { computeTerm } from '../../../shared/agreement-term';
import { isSigned } from '../../../shared/lifecycle';
import {
  AGREEMENT_STATUSES,
  type AgreementDetail,
  type AgreementOverview,
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
  renewalDue,
  type AgreementFields,
} from '../db/repos/agreement-repo';
import { loadContributions, loadItems, loadParties, saveContributions, saveItems, saveParties } from '../db/repos/agreement-parts-repo';
import { documentCount } from '../db/repos/document-repo';
import { organisationTable } from '../records/organisations';
import { signingRecordsFor } from '../db/repos/signing-repo';
import { personTable } from '../records/people';
import { programsCreatedBy } from '../records/programs';
import { referencePrefix } from './agreement-terms';
import { recordService } from './record-service';
import { newId, type ServiceContext } from './service-context';

export const AGREEMENT_ENTITY = 'agreement';
export const EXPIRING_WINDOW_DAYS = 90;

/** The agreement with everything its page shows: parties, items, contributions, lineage, evidence. */
function loadAgreement(ctx: ServiceContext, id: string): AgreementDetail | null {
  const record = agreementTable.find(ctx.db, id);
  if (!record) return null;
  return {
    ...agreementTable.fieldsOf(record),
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

/** Every id the values point at must exist; a parent must not be the agreement or below it. */
function checkReferences(ctx: ServiceContext, id: string | null, values: AgreementValues): void {
  const issues: FieldIssue[] = [];
  values.parties.forEach((party, p) => {
    if (!organisationTable.exists(ctx.db, party.organisationId)) {
      issues.push(fieldIssue(`parties.${p}.organisationId`, 'field.chooseExistingOrganisation'));
    }
    party.signatories.forEach((signatory, s) => {
      if (!personTable.exists(ctx.db, signatory.personId)) {
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

function resolveReference(ctx: ServiceContext, id: string | null, values: AgreementValues): string {
  if (values.referenceNo) {
    if (referenceTaken(ctx.db, values.referenceNo, id)) {
      throw new AppError('VALIDATION', 'agreement.referenceTaken', { reference: values.referenceNo }, [
        fieldIssue('referenceNo', 'agreement.referenceTakenHere'),
      ]);
    }
    return values.referenceNo;
  }
  const year = Number((values.signedOn ?? localToday(ctx.now())).slice(0, 4));
  const prefix = referencePrefix(values.kind, year);
  return `${prefix}${String(maxReferenceSerial(ctx.db, prefix) + 1).padStart(3, '0')}`;
}

function toFields(values: AgreementValues, referenceNo: string, status: AgreementFields['status']): AgreementFields {
  const term = computeTerm(values);
  return {
    referenceNo,
    kind: values.kind,
    title: values.title,
    purpose: values.purpose,
    status,
    signedOn: values.signedOn,
    effectiveOn: values.effectiveOn,
    expiresOn: term.expiresOn,
    durationMonths: term.durationMonths,
    renewalNoticeDays: values.renewalNoticeDays,
    signingPlace: values.signingPlace,
    owner: values.owner,
    tags: [...new Set(values.tags)],
    notes: values.notes,
    parentId: values.parentId,
  };
}

function saveChildren(ctx: ServiceContext, id: string, values: AgreementValues, stamp: RowStamp): void {
  saveParties(ctx.db, id, values.parties, stamp, newId);
  saveItems(ctx.db, id, values.items, stamp, newId);
  saveContributions(ctx.db, id, values.contributions, stamp, newId);
}

/** New agreements start as drafts; signing happens through transitions. */
export function createAgreement(ctx: ServiceContext, values: AgreementValues): AgreementDetail {
  return agreements.create(
    ctx,
    () => {
      checkReferences(ctx, null, values);
      return toFields(values, resolveReference(ctx, null, values), 'draft');
    },
    (id, stamp) => saveChildren(ctx, id, values, stamp),
  );
}

export function updateAgreement(ctx: ServiceContext, input: ChannelParsedInput<'agreements:update'>): AgreementDetail {
  return agreements.update(
    ctx,
    input,
    (before) => {
      checkReferences(ctx, input.id, input.values);
      const fields = toFields(input.values, resolveReference(ctx, input.id, input.values), before.status);
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
export function deleteAgreement(ctx: ServiceContext, id: string): { id: string } {
  return agreements.remove(ctx, id, (before) => {
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
