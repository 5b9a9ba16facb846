import { localToday } from '../../../shared/calendar';
import { AppError } from '../../../shared/errors';
import type { ImportResult } from '../../../shared/models/import';
import { OrganisationInput } from '../../../shared/models/organisation';
import type { Db } from '../db/connection';
import { refreshStatistics } from '../db/statistics';
import { insertImport, insertImportOrganisation, insertImportRow } from '../db/repos/import-repo';
import { nameInAudit, recordAudit } from '../services/audit-service';
import { createOrganisations } from '../records/organisations';
import { newId, timestamp, type ServiceContext } from '../services/service-context';
import { commitAgreements } from './commit-agreements';
import { agreementInputFor } from './draft-input';
import { registerLookups, registerVersion } from './import-lookups';
import type { ImportSession } from './import-sessions';
import type { ImportServiceOptions } from './import-service';
import { interpret, type Choices, type Interpretation, type InterpretedRow } from './interpret';
import { guessOrganisationKind } from './organisation-names';

/** A turn of the event loop between two steps of saving: progress reaches the window, other calls are answered. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The country the rows give for each partner, from the first row that gives one. */
function countries(rows: readonly InterpretedRow[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const row of rows) {
    if (row.outcome !== 'create' || !row.draft?.country) continue;
    for (const partner of row.draft.partners) if (!found.has(partner.key)) found.set(partner.key, row.draft.country);
  }
  return found;
}

/**
 * Each partner's organisation: the existing one, the one the user chose, or a new one — the new
 * ones made together through the batch path (the rules of `organisations:create`), named in the
 * import's own audit entry (`made`).
 */
function resolveOrganisations(
  ctx: ServiceContext,
  found: Interpretation,
  importId: string,
  note: string,
  made: Array<{ row: number; id: string }>,
): { ids: Map<string, string>; home: string; created: number } {
  const ids = new Map<string, string>();
  const byCountry = countries(found.rows);
  const toMake: Array<{ key: string; name: string; country: string }> = [];
  for (const organisation of found.organisations) {
    if (organisation.match === 'existing') ids.set(organisation.key, organisation.candidates[0].id);
    else if (organisation.match === 'close' && organisation.decision !== 'create' && organisation.decision !== null) ids.set(organisation.key, organisation.decision);
    else toMake.push({ key: organisation.key, name: organisation.name, country: byCountry.get(organisation.key) ?? '' });
  }
  const home = found.home!;
  const homeKey = home.organisationId ? null : (ids.has(home.key) || toMake.some((o) => o.key === home.key) ? null : home.key);
  if (homeKey !== null) toMake.push({ key: homeKey, name: home.name, country: '' });
  const created = createOrganisations(
    ctx,
    toMake.map((o, i) => ({ row: i + 1, values: OrganisationInput.parse({ name: o.name, kind: guessOrganisationKind(o.name), country: o.country, notes: note }) })),
    { source: 'import', auditedByCaller: true },
  );
  const stamp = { at: timestamp(ctx), by: ctx.actor };
  toMake.forEach((o, i) => {
    ids.set(o.key, created[i].id);
    insertImportOrganisation(ctx.db, { id: newId(), importId, organisationId: created[i].id, updatedAt: created[i].updatedAt }, stamp);
    made.push({ row: 0, id: created[i].id });
  });
  return { ids, home: home.organisationId ?? ids.get(home.key)!, created: created.length };
}

/**
 * Saves a previewed file in one transaction, on a second connection to the register: the work is
 * done in chunks with a turn of the event loop between them, so progress reaches the window (and
 * other calls are answered) while it runs, and the transaction stays whole — other calls read the
 * register as it was until the import commits, and any failure rolls back every row. Unless the
 * preview's reading still holds (same choices, register unmoved, same day), the file is interpreted
 * again inside the transaction, so nothing the preview saw can have moved meanwhile.
 * A file whose rows are all in the register already changes nothing, not even the list of imports.
 */
export async function commitImport(ctx: ServiceContext, session: ImportSession, choices: Choices, options: ImportServiceOptions): Promise<ImportResult> {
  const writer: Db = options.openWriter();
  const changed = new Set<string>();
  const wctx: ServiceContext = { ...ctx, db: writer, onChange: (entity) => void changed.add(entity) };
  const report = (phase: 'checking' | 'saving' | 'done', done: number, total: number) =>
    options.onProgress({ sessionId: session.id, phase, done, total });
  let result: ImportResult;
  try {
    writer.exec('BEGIN IMMEDIATE');
    report('checking', 0, session.table.rows.length);
    // With the write lock held nothing else can commit: if the register has not moved since the
    // preview read the file under these same choices, that reading stands; otherwise read it again.
    const previewed = session.interpreted;
    const today = localToday(ctx.now());
    const found =
      previewed && previewed.choices === JSON.stringify(choices) && previewed.register === registerVersion(ctx.db) && previewed.today === today
        ? previewed.found
        : interpret(session.table, choices, session.fileName, registerLookups(writer), today);
    if (!found.home) throw new AppError('VALIDATION', 'import.homeMissing');
    if (found.counts.undecided > 0) throw new AppError('VALIDATION', 'import.undecided', { count: found.counts.undecided });
    const toCreate = found.rows.filter((row) => row.outcome === 'create');
    const counts = { alreadyImported: found.counts.alreadyImported, unreadable: found.counts.unreadable, empty: found.counts.empty };
    if (toCreate.length === 0) {
      writer.exec('ROLLBACK');
      report('done', 0, 0);
      return { importId: null, created: 0, organisationsCreated: 0, ...counts };
    }
    const stamp = { at: timestamp(ctx), by: ctx.actor };
    const importId = newId();
    insertImport(
      writer,
      {
        id: importId,
        fileName: session.fileName,
        sha256: session.sha256,
        size: session.size,
        format: session.table.format,
        encoding: session.table.encoding ?? '',
        sheet: session.table.sheet ?? '',
        headerRow: found.headerRow,
        mapping: JSON.stringify(found.mapping),
        options: JSON.stringify(choices.options),
        rows: found.rows.length,
        created: toCreate.length,
        alreadyImported: counts.alreadyImported,
        unreadable: counts.unreadable,
        organisationsCreated: found.counts.newOrganisations,
      },
      stamp,
    );
    const note = `Created by the import of ${session.fileName} on ${stamp.at.slice(0, 10)}.`;
    // Every record the import makes, named in its one audit entry (organisations as row 0).
    const made: Array<{ row: number; id: string }> = [];
    const organisations = resolveOrganisations(wctx, found, importId, note, made);

    report('saving', 0, toCreate.length);
    const inputs = toCreate.map((row) =>
      agreementInputFor(row.draft!, { home: organisations.home, partners: row.draft!.partners.map((p) => organisations.ids.get(p.key)!) }, row.source, row.problems),
    );
    const saved = await commitAgreements(wctx, inputs, toCreate.map((row) => row.rowNumber), async (done) => {
      report('saving', done, toCreate.length);
      await nextTurn();
    });
    toCreate.forEach((row, i) => made.push({ row: row.rowNumber, id: saved[i].id }));
    toCreate.forEach((row, i) => insertRowOf(writer, importId, row, saved[i], stamp));
    for (const row of found.rows) if (row.outcome !== 'create') insertRowOf(writer, importId, row, null, stamp);
    result = { importId, created: toCreate.length, organisationsCreated: organisations.created, ...counts };
    // One entry for the import, naming every agreement it made (each one's history finds it).
    const auditId = recordAudit(wctx, {
      entity: 'import',
      entityId: importId,
      action: 'create',
      before: null,
      after: { fileName: session.fileName, sha256: session.sha256, rowCount: found.rows.length, ...result, rows: made },
    });
    nameInAudit(wctx, auditId, made.map((m) => m.id));
    writer.exec('COMMIT');
    // A bulk write: the planner's statistics follow the register's new shape (issue 13).
    refreshStatistics(writer);
  } catch (error) {
    if (writer.inTransaction) writer.exec('ROLLBACK');
    throw error;
  } finally {
    writer.close();
  }
  for (const entity of changed) ctx.onChange(entity, null);
  ctx.onChange('import', result.importId);
  report('done', result.created, result.created);
  return result;
}

function insertRowOf(db: Db, importId: string, row: InterpretedRow, saved: { id: string; updatedAt: string } | null, stamp: { at: string; by: string }): void {
  const outcome = row.outcome === 'create' ? 'created' : row.outcome;
  const reason = row.outcome === 'create' ? '' : row.problems.filter((p) => p.severity === 'error' || row.outcome === 'already_imported').map((p) => p.message).join(' ');
  insertImportRow(
    db,
    {
      id: newId(),
      importId,
      rowNumber: row.rowNumber,
      rowHash: row.hash,
      outcome,
      agreementId: saved?.id ?? null,
      agreementUpdatedAt: saved?.updatedAt ?? null,
      reason,
      rowText: JSON.stringify(row.source.rowText),
    },
    stamp,
  );
}
