import { AppError } from '../../../shared/errors';
import type { ImportUndoResult } from '../../../shared/models/import';
import { agreementTable } from '../db/repos/agreement-repo';
import { documentCount } from '../db/repos/document-repo';
import { createdAgreements, createdOrganisations, findImport, markUndone } from '../db/repos/import-repo';
import { organisationReferences, organisationTable } from '../records/organisations';
import { removeAgreement } from '../services/agreement-corrections-service';
import { recordAudit } from '../services/audit-service';
import { deleteOrganisation } from '../records/organisations';
import { timestamp, write, type ServiceContext } from '../services/service-context';

/** How many refused agreements an undo's refusal names. */
const NAMED = 3;

/**
 * Undoes an import as a whole, in one transaction: every agreement it created is removed with the
 * undo as its reason (tombstoned and audited, as a removal by hand is — whatever status it was
 * entered in), and so is every organisation it created that nothing else uses and nobody edited
 * since — those are kept, and said so. Refused, with the agreements named, when any of them was
 * edited, moved to another status or given documents since (each of those changes its
 * `updated_at`, or adds a document): an undo must not throw away work done after the import.
 * Agreements already removed by hand are left as they are.
 */
export function undoImport(ctx: ServiceContext, importId: string): ImportUndoResult {
  // The agreements and organisations are announced once, after the commit, not once per record.
  const quiet: ServiceContext = { ...ctx, onChange: () => undefined };
  const result = write(ctx, 'import', () => {
    const found = findImport(ctx.db, importId);
    if (!found) throw new AppError('NOT_FOUND', 'import.notFound');
    if (found.undoneAt) throw new AppError('CONFLICT', 'import.alreadyUndone', { date: found.undoneAt.slice(0, 10) });

    const agreements = createdAgreements(ctx.db, importId).flatMap((row) => {
      const record = agreementTable.find(ctx.db, row.agreementId);
      return record ? [{ ...row, record }] : [];
    });
    const changed = agreements.filter(
      ({ record, updatedAt }) => record.updatedAt !== updatedAt || documentCount(ctx.db, { kind: 'agreement', id: record.id }) > 0,
    );
    if (changed.length) {
      const names = changed.slice(0, NAMED).map(({ record }) => `${record.referenceNo} “${record.title}”`).join(', ');
      throw new AppError('CONFLICT', 'import.undoRefused', { count: changed.length, names, more: Math.max(0, changed.length - NAMED) });
    }
    const reason = `Undo of the import of ${found.fileName} (${found.at.slice(0, 10)})`;
    for (const { record } of agreements) {
      try {
        removeAgreement(quiet, { id: record.id, expectedUpdatedAt: record.updatedAt, reason });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        const name = `${record.referenceNo} “${record.title}”`;
        throw new AppError('CONFLICT', 'import.undoBlocked', { name, reason: error.message });
      }
    }

    let organisationsRemoved = 0;
    const organisationsKept: string[] = [];
    for (const { organisationId, updatedAt } of createdOrganisations(ctx.db, importId)) {
      const organisation = organisationTable.find(ctx.db, organisationId);
      if (!organisation) continue;
      const refs = organisationReferences(ctx.db, organisationId);
      if (organisation.updatedAt !== updatedAt || refs.agreements || refs.people || refs.children || refs.programs) {
        organisationsKept.push(organisation.name);
        continue;
      }
      deleteOrganisation(quiet, { id: organisationId, reason });
      organisationsRemoved += 1;
    }
    markUndone(ctx.db, importId, { at: timestamp(ctx), by: ctx.actor });
    const undone = { id: importId, agreementsRemoved: agreements.length, organisationsRemoved, organisationsKept };
    recordAudit(ctx, { entity: 'import', entityId: importId, action: 'delete', before: found, after: undone });
    return undone;
  });
  ctx.onChange('agreement', null);
  ctx.onChange('organisation', null);
  return result;
}
