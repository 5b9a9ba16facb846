import { addDays, localToday } from '../../../shared/calendar';
import { AppError } from '../../../shared/errors';
import type { ChannelParsedInput } from '../../../shared/ipc/contract';
import { isSigned } from '../../../shared/lifecycle';
import {
  AGREEMENT_STATUSES,
  type AgreementDetail,
  type AgreementOverview,
  type AgreementValues,
} from '../../../shared/models/agreement';
import {
  ancestorSummaries,
  countByStatus,
  expiringBetween,
  findAgreementRow,
  followOnSummaries,
  insertAgreementRow,
  listAgreementSummaries,
  maxReferenceSerial,
  referenceTaken,
  renewalDue,
  rowToFields,
  tombstoneAgreement,
  updateAgreementRow,
  type AgreementFields,
} from '../db/repos/agreement-repo';
import {
  loadContributions,
  loadItems,
  loadParties,
  reindexAgreement,
  saveContributions,
  saveItems,
  saveParties,
} from '../db/repos/agreement-parts-repo';
import { documentCount } from '../db/repos/document-repo';
import { findOrganisation } from '../db/repos/organisation-repo';
import { signingRecordsFor } from '../db/repos/signing-repo';
import { findPerson } from '../db/repos/person-repo';
import { recordAudit } from './audit-service';
import { changedSignedTerms, computeTerm, referencePrefix } from './agreement-terms';
import { assertFresh } from './concurrency';
import { newId, timestamp, write, type ServiceContext } from './service-context';

export const AGREEMENT_ENTITY = 'agreement';
export const EXPIRING_WINDOW_DAYS = 90;

export function getAgreement(ctx: ServiceContext, id: string): AgreementDetail {
  const row = findAgreementRow(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', 'That agreement does not exist or was deleted.');
  const fields = rowToFields(row);
  return {
    id: row.id,
    ...fields,
    parties: loadParties(ctx.db, id),
    items: loadItems(ctx.db, id),
    contributions: loadContributions(ctx.db, id),
    ancestors: ancestorSummaries(ctx.db, id),
    followOns: followOnSummaries(ctx.db, id),
    documentCount: documentCount(ctx.db, { kind: 'agreement', id }),
    signedPartyIds: [...new Set(signingRecordsFor(ctx.db, id).map((record) => record.partyOrganisationId))],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
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

/** Every id the values point at must exist; a parent must not be the agreement or below it. */
function checkReferences(ctx: ServiceContext, id: string | null, values: AgreementValues): void {
  const issues: Array<{ path: string; message: string }> = [];
  values.parties.forEach((party, p) => {
    if (!findOrganisation(ctx.db, party.organisationId)) {
      issues.push({ path: `parties.${p}.organisationId`, message: 'Choose an existing organisation.' });
    }
    party.signatories.forEach((signatory, s) => {
      if (!findPerson(ctx.db, signatory.personId)) {
        issues.push({ path: `parties.${p}.signatories.${s}.personId`, message: 'Choose an existing person.' });
      }
    });
  });
  if (values.parentId) {
    if (!findAgreementRow(ctx.db, values.parentId)) {
      issues.push({ path: 'parentId', message: 'The parent agreement does not exist.' });
    } else if (id && (values.parentId === id || ancestorSummaries(ctx.db, values.parentId).some((a) => a.id === id))) {
      issues.push({ path: 'parentId', message: 'An agreement cannot follow on from itself or its own follow-ons.' });
    }
  }
  if (issues.length) throw new AppError('VALIDATION', 'Some references are not valid.', issues);
}

function resolveReference(ctx: ServiceContext, id: string | null, values: AgreementValues): string {
  if (values.referenceNo) {
    if (referenceTaken(ctx.db, values.referenceNo, id)) {
      throw new AppError('VALIDATION', `Reference ${values.referenceNo} is already used.`, [
        { path: 'referenceNo', message: 'Another agreement has this reference.' },
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

function saveChildren(ctx: ServiceContext, id: string, values: AgreementValues, stamp: { at: string; by: string }): void {
  saveParties(ctx.db, id, values.parties, stamp, newId);
  saveItems(ctx.db, id, values.items, stamp, newId);
  saveContributions(ctx.db, id, values.contributions, stamp, newId);
  reindexAgreement(ctx.db, id);
}

/** New agreements start as drafts; signing happens through transitions. */
export function createAgreement(ctx: ServiceContext, values: AgreementValues): AgreementDetail {
  return write(ctx, AGREEMENT_ENTITY, () => {
    checkReferences(ctx, null, values);
    const id = newId();
    const stamp = { at: timestamp(ctx), by: ctx.actor };
    insertAgreementRow(ctx.db, id, toFields(values, resolveReference(ctx, null, values), 'draft'), stamp);
    saveChildren(ctx, id, values, stamp);
    const created = getAgreement(ctx, id);
    recordAudit(ctx, { entity: AGREEMENT_ENTITY, entityId: id, action: 'create', before: null, after: created });
    return created;
  });
}

export function updateAgreement(ctx: ServiceContext, input: ChannelParsedInput<'agreements:update'>): AgreementDetail {
  return write(ctx, AGREEMENT_ENTITY, () => {
    const before = getAgreement(ctx, input.id);
    assertFresh(before.updatedAt, input.expectedUpdatedAt, 'agreement');
    checkReferences(ctx, input.id, input.values);
    const fields = toFields(input.values, resolveReference(ctx, input.id, input.values), before.status);
    if (isSigned(before.status)) {
      const beforeFields = rowToFields(findAgreementRow(ctx.db, input.id)!);
      const issues = changedSignedTerms(
        { fields: beforeFields, parties: before.parties },
        { fields, parties: input.values.parties },
      );
      if (issues.length) throw new AppError('VALIDATION', 'The signed terms of this agreement are locked.', issues);
    }
    const stamp = { at: timestamp(ctx), by: ctx.actor };
    updateAgreementRow(ctx.db, input.id, fields, stamp);
    saveChildren(ctx, input.id, input.values, stamp);
    const after = getAgreement(ctx, input.id);
    recordAudit(ctx, { entity: AGREEMENT_ENTITY, entityId: input.id, action: 'update', before, after });
    return after;
  });
}

/** Only drafts can be deleted (tombstoned); anything further along is terminated instead. */
export function deleteAgreement(ctx: ServiceContext, id: string): { id: string } {
  return write(ctx, AGREEMENT_ENTITY, () => {
    const before = getAgreement(ctx, id);
    if (before.status !== 'draft') {
      throw new AppError('ILLEGAL_TRANSITION', 'Only drafts can be deleted; terminate the agreement instead.');
    }
    if (before.followOns.length) {
      throw new AppError('CONFLICT', 'This agreement has follow-on agreements; delete or re-link those first.');
    }
    tombstoneAgreement(ctx.db, id, { at: timestamp(ctx), by: ctx.actor });
    recordAudit(ctx, { entity: AGREEMENT_ENTITY, entityId: id, action: 'delete', before, after: null });
    return { id };
  });
}
