import type { ProjectValues } from '../../../../shared/models/project';
import { statement, type Db } from '../../db/connection';
import type { RowStamp } from '../../db/record-table';

type OutputValues = ProjectValues['outputs'][number];

function liveOutputs(db: Db, projectId: string): Array<{ id: string; title: string }> {
  return statement(db, 'SELECT id, title FROM project_outputs WHERE project_id = ? AND deleted_at IS NULL ORDER BY position').all(projectId) as Array<{
    id: string;
    title: string;
  }>;
}

/**
 * The outputs an edit would remove: live outputs of the project whose id does not come back. An
 * outcome may point at an output, so outputs are matched by id (an edited title is the same output),
 * never by their values.
 */
export function outputsRemovedBy(db: Db, projectId: string, outputs: readonly OutputValues[]): Array<{ id: string; title: string }> {
  const kept = new Set(outputs.map((o) => o.id).filter(Boolean));
  return liveOutputs(db, projectId).filter((o) => !kept.has(o.id));
}

/** Saves the project's outputs as a whole list: returning ids are updated, new ones inserted, the rest tombstoned. */
export function saveOutputs(db: Db, projectId: string, outputs: readonly OutputValues[], stamp: RowStamp, newId: () => string): void {
  const existing = new Set(liveOutputs(db, projectId).map((o) => o.id));
  const kept = new Set<string>();
  outputs.forEach((output, position) => {
    const values = [output.kind, output.title, output.date, output.identifier, position];
    if (output.id && existing.has(output.id) && !kept.has(output.id)) {
      kept.add(output.id);
      statement(
        db,
        `UPDATE project_outputs SET kind = ?, title = ?, published_on = ?, identifier = ?, position = ?, updated_at = ?, updated_by = ?
          WHERE id = ? AND (kind, title, ifnull(published_on, ''), identifier, position) IS NOT (?, ?, ifnull(?, ''), ?, ?)`,
      ).run(...values, stamp.at, stamp.by, output.id, ...values);
      return;
    }
    statement(
      db,
      `INSERT INTO project_outputs (kind, title, published_on, identifier, position, id, project_id, created_at, updated_at, updated_by)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(...values, newId(), projectId, stamp.at, stamp.at, stamp.by);
  });
  for (const id of existing) {
    if (kept.has(id)) continue;
    statement(db, 'UPDATE project_outputs SET deleted_at = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(stamp.at, stamp.at, stamp.by, id);
  }
}
