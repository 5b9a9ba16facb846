import type { Db } from '../connection';

/**
 * What the yearly report reads that no index served yet (issue 10): research outputs by the day they
 * were published. A year's outputs are then one range of this index, not a walk over every output.
 * (Step 17 in the plan of issue 10; the runner needs contiguous numbers, so this branch lists it
 * after step 12 and the merge gives it its number.)
 */
export function up(db: Db): void {
  db.exec(`
    CREATE INDEX project_outputs_published ON project_outputs(published_on) WHERE deleted_at IS NULL AND published_on IS NOT NULL;
  `);
}
