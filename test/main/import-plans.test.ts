import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openTestCore } from './fixtures';

/** Each query the import runs, with the index that must serve it. */
const PLANS: Array<[string, string, unknown[]]> = [
  [`SELECT r.import_id FROM import_rows r JOIN imports i ON i.id = r.import_id WHERE r.row_hash = ? AND r.outcome = 'created' AND r.deleted_at IS NULL LIMIT 1`, 'import_rows_live_hash', ['h']],
  [
    `SELECT h.value FROM json_each(?) h JOIN import_rows r INDEXED BY import_rows_live_hash ON r.row_hash = h.value AND r.outcome = 'created' AND r.deleted_at IS NULL JOIN imports i ON i.id = r.import_id`,
    'import_rows_live_hash',
    ['["h1","h2"]'],
  ],
  [`SELECT reference_no FROM agreements WHERE reference_no IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL`, 'reference_no=?', ['["MOU-1"]']],
  [`SELECT id FROM imports WHERE file_sha256 = ? AND deleted_at IS NULL ORDER BY created_at`, 'imports_file', ['s']],
  [`SELECT * FROM imports WHERE deleted_at IS NULL ORDER BY created_at DESC, id DESC LIMIT 50 OFFSET 0`, 'imports_by_created', []],
  [`SELECT agreement_id FROM import_rows WHERE import_id = ? AND outcome = 'created' AND deleted_at IS NULL ORDER BY row_number`, 'import_rows_import', ['i']],
  [`SELECT organisation_id FROM import_organisations WHERE import_id = ? AND deleted_at IS NULL`, 'import_organisations_import', ['i']],
  [`SELECT record_id FROM name_keys WHERE kind = ? AND key IN (SELECT value FROM json_each(?)) LIMIT ?`, 'PRIMARY KEY', ['organisation', '["kaist"]', 20]],
];

describe('import queries', () => {
  it('each use an index for their filter and order, without a sort of their own', async () => {
    const t = openTestCore();
    const raw = new Database(t.dbFile, { readonly: true });
    for (const [sql, index, params] of PLANS) {
      const plan = (raw.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((row) => row.detail).join(' | ');
      expect(plan, sql).toContain(index);
      expect(plan, sql).not.toMatch(/USE TEMP B-TREE|SCAN (imports|import_rows|import_organisations|organisations|name_keys|agreements)\b(?! USING)/);
    }
    raw.close();
  });
});
