import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/main/db/connection';
import { migrate } from '../../electron/main/db/migrate';
import { MIGRATIONS } from '../../electron/main/db/migrations/index';
import { databasePath } from '../../electron/main/data-dir';
import { sha256Hex } from '../../electron/main/files/document-store';
import { tinyPdf } from './document-fixtures';
import { openTestCore, tempDir } from './fixtures';

const ORG = '0190a0b0-0000-7000-8000-000000000001';
const AGREEMENT = '0190a0b0-0000-7000-8000-000000000101';
const DOC_LIVE = '0190a0b0-0000-7000-8000-000000000201';
const DOC_GONE = '0190a0b0-0000-7000-8000-000000000202';
const V1 = '0190a0b0-0000-7000-8000-000000000301';
const V2 = '0190a0b0-0000-7000-8000-000000000302';
const V_GONE = '0190a0b0-0000-7000-8000-000000000303';
const AT = '2025-03-01T00:00:00.000Z';

/** A register as schema 2 left it: an agreement with a live document (two versions) and a deleted one. */
function schemaTwoRegister(dataDir: string, pdf: Buffer): void {
  const db = openDatabase(databasePath(dataDir));
  migrate(db, MIGRATIONS.slice(0, 2), null);
  const sha = sha256Hex(pdf);
  db.exec(`
    INSERT INTO organisations (id, name, kind, created_at, updated_at, updated_by) VALUES ('${ORG}', 'KAIST', 'university', '${AT}', '${AT}', 'kim');
    INSERT INTO agreements (id, reference_no, kind, title, status, created_at, updated_at, updated_by)
      VALUES ('${AGREEMENT}', 'MOU-2025-001', 'mou', 'AI research', 'draft', '${AT}', '${AT}', 'kim');
    INSERT INTO documents (id, agreement_id, title, language, created_at, updated_at, updated_by)
      VALUES ('${DOC_LIVE}', '${AGREEMENT}', 'Signed MOU', 'ko', '${AT}', '${AT}', 'kim');
    INSERT INTO documents (id, agreement_id, title, language, created_at, updated_at, updated_by, deleted_at)
      VALUES ('${DOC_GONE}', '${AGREEMENT}', 'Old draft', '', '${AT}', '${AT}', 'kim', '${AT}');
    INSERT INTO document_versions (id, document_id, version, sha256, file_name, media_type, size, is_signed, uploaded_by, uploaded_at, created_at, updated_at, updated_by)
      VALUES ('${V1}', '${DOC_LIVE}', 1, '${'a'.repeat(64)}', 'draft.pdf', 'application/pdf', 10, 0, 'kim', '${AT}', '${AT}', '${AT}', 'kim'),
             ('${V2}', '${DOC_LIVE}', 2, '${sha}', 'signed.pdf', 'application/pdf', ${pdf.length}, 1, 'kim', '${AT}', '${AT}', '${AT}', 'kim'),
             ('${V_GONE}', '${DOC_GONE}', 1, '${'b'.repeat(64)}', 'old.pdf', 'application/pdf', 10, 0, 'kim', '${AT}', '${AT}', '${AT}', 'kim');
  `);
  db.close();
  fs.mkdirSync(path.join(dataDir, 'documents'));
  fs.writeFileSync(path.join(dataDir, 'documents', sha), pdf);
}

describe('migration 0003 (documents owned by any record)', () => {
  it('upgrades a schema-2 register in place, after a backup, keeping its documents and their versions', async () => {
    const dataDir = tempDir();
    const pdf = tinyPdf('signed MOU');
    schemaTwoRegister(dataDir, pdf);

    const t = openTestCore({ dataDir });
    const owner = { kind: 'agreement', id: AGREEMENT } as const;
    const docs = await t.call('documents:list', { owner });
    expect(docs).toEqual([
      expect.objectContaining({ id: DOC_LIVE, owner, title: 'Signed MOU', language: 'ko' }),
    ]);
    expect(docs[0].versions.map((v) => [v.id, v.version, v.signed])).toEqual([[V2, 2, true], [V1, 1, false]]);
    const content = await t.call('documents:content', { versionId: V2 });
    expect(Buffer.from(content.contentBase64, 'base64').equals(pdf)).toBe(true);
    expect(await t.call('agreements:get', { id: AGREEMENT })).toMatchObject({ documentCount: 1 });
    t.core.close();

    const db = new Database(t.dbFile);
    db.pragma('foreign_keys = ON');
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    const columns = (db.pragma('table_info(documents)') as Array<{ name: string }>).map((c) => c.name);
    expect(columns).toEqual(['id', 'owner_kind', 'owner_id', 'title', 'language', 'created_at', 'updated_at', 'updated_by', 'deleted_at']);
    // The deleted document keeps its tombstone and its owner.
    expect(db.prepare('SELECT owner_kind, owner_id, deleted_at FROM documents WHERE id = ?').get(DOC_GONE)).toEqual({
      owner_kind: 'agreement',
      owner_id: AGREEMENT,
      deleted_at: AT,
    });
    // Versions still point at documents, and the schema still enforces it.
    expect(db.pragma('foreign_key_list(document_versions)')).toEqual([expect.objectContaining({ table: 'documents', from: 'document_id', to: 'id' })]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(() =>
      db
        .prepare(
          `INSERT INTO document_versions (id, document_id, version, sha256, file_name, media_type, size, uploaded_by, uploaded_at, created_at, updated_at, updated_by)
           VALUES ('0190a0b0-0000-7000-8000-000000000399', '0190a0b0-0000-7000-8000-000000000299', 1, '${'c'.repeat(64)}', 'x.pdf', 'application/pdf', 1, 'kim', 'now', 'now', 'now', 'kim')`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    const plan = db
      .prepare("EXPLAIN QUERY PLAN SELECT id FROM documents WHERE owner_kind = 'agreement' AND owner_id = ? AND deleted_at IS NULL ORDER BY created_at, id")
      .all(AGREEMENT) as Array<{ detail: string }>;
    expect(plan.map((row) => row.detail)).toEqual([expect.stringContaining('USING INDEX documents_owner')]);
    db.close();

    const backups = fs.readdirSync(path.join(dataDir, 'backups')).filter((name) => name.startsWith('before-schema-3-'));
    expect(backups).toHaveLength(1);
    const backup = new Database(path.join(dataDir, 'backups', backups[0]), { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(2);
    expect(backup.prepare('SELECT agreement_id FROM documents WHERE id = ?').get(DOC_LIVE)).toEqual({ agreement_id: AGREEMENT });
    backup.close();
  });
});
