import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openTestCore } from './fixtures';

describe('the register export', () => {
  it('writes every agreement once, in list order, across many pages', async () => {
    const t = openTestCore();
    // Rows written beside the app (a second connection), enough for three export pages.
    const db = new Database(t.dbFile);
    const insert = db.prepare(
      `INSERT INTO agreements (id, reference_no, kind, title, status, created_at, updated_at, updated_by)
       VALUES (?, ?, 'mou', ?, 'draft', ?, ?, 'test')`,
    );
    db.transaction(() => {
      for (let i = 0; i < 1203; i += 1) {
        const at = new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString();
        insert.run(`a${i}`, `REF-${String(i).padStart(4, '0')}`, `Title, "${i}"`, at, at);
      }
    })();
    db.close();
    const file = await t.call('exports:register', { format: 'csv', sort: 'referenceNo', dir: 'desc' });
    const lines = Buffer.from(file.contentBase64, 'base64').toString('utf8').trimEnd().split('\r\n');
    expect(lines).toHaveLength(1204);
    expect(lines[1]).toBe('REF-1202,"Title, ""1202""",MOU,Draft,,,,,Fixed term');
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(
      Array.from({ length: 1203 }, (_, i) => `REF-${String(1202 - i).padStart(4, '0')}`),
    );
  });
});
