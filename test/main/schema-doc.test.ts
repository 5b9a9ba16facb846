import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../electron/main/db/connection';
import { migrate } from '../../electron/main/db/migrate';
import { MIGRATIONS, type Migration } from '../../electron/main/db/migrations/index';
import { SCHEMA_DOC_COMMAND, migratedSchemaDoc } from '../../electron/main/db/schema-doc';
import { listParts } from '../../electron/main/db/sql-text';

const SCHEMA_PAGE = path.resolve(import.meta.dirname, '..', '..', 'docs', 'schema.md');

describe('docs/schema.md', () => {
  it('matches the schema the migrations build', () => {
    const committed = fs.existsSync(SCHEMA_PAGE) ? fs.readFileSync(SCHEMA_PAGE, 'utf8') : '(missing)';
    expect(
      committed,
      `docs/schema.md is stale: run \`${SCHEMA_DOC_COMMAND}\` and commit docs/schema.md with the migration.`,
    ).toBe(migratedSchemaDoc(MIGRATIONS));
  });

  it('names every table, index, trigger and virtual table of the migrated register', () => {
    const page = migratedSchemaDoc(MIGRATIONS);
    const db = openDatabase(':memory:');
    try {
      migrate(db, MIGRATIONS, null);
      // FTS5's shadow tables are named under their virtual table, not given sections of their own.
      const shadows = new Set(
        (db.pragma('table_list') as Array<{ name: string; type: string }>).filter((t) => t.type === 'shadow').map((t) => t.name),
      );
      const names = (db.prepare("SELECT name FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'").all() as Array<{ name: string }>)
        .map((row) => row.name)
        .filter((name) => !shadows.has(name));
      expect(names.length).toBeGreaterThan(10);
      const missing = names.filter((name) => !page.includes(`\`${name}\``) && !page.includes(`## ${name}\n`));
      expect(missing).toEqual([]);
    } finally {
      db.close();
    }
  });
});

describe('the schema page generator', () => {
  // A made-up schema with one of everything the page must show, so these checks do not depend on
  // (or break with) the register's own migrations.
  const sample: Migration[] = [
    {
      version: 1,
      name: 'sample',
      up: (db: Db) =>
        db.exec(`
          CREATE TABLE owners (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL COLLATE NOCASE);
          CREATE TABLE items (
            seq INTEGER PRIMARY KEY,
            owner_id TEXT NOT NULL REFERENCES owners(id) ON DELETE CASCADE,
            -- a comment, with a comma (and parentheses)
            label TEXT NOT NULL DEFAULT 'a, b' CHECK (label <> '' AND label NOT IN ('x)', 'y')),
            amount INTEGER CHECK (typeof(amount) = 'integer'),
            deleted_at TEXT,
            UNIQUE (owner_id, label),
            CHECK (amount IS NULL OR amount >= 0)
          ) STRICT;
          CREATE INDEX items_live ON items(lower(label), seq DESC) WHERE deleted_at IS NULL;
          CREATE TRIGGER items_no_delete BEFORE DELETE ON items
            BEGIN SELECT RAISE(ABORT, 'items are kept'); END;
          CREATE VIRTUAL TABLE item_search USING fts5(item_id UNINDEXED, body, tokenize = 'trigram');
        `),
    },
  ];
  const page = migratedSchemaDoc(sample);

  it('shows types, nullability, defaults, keys and every CHECK', () => {
    expect(page).toContain('Schema version **1**');
    expect(page).toContain('| `seq` | INTEGER | not null |  | primary key (rowid) |  |');
    expect(page).toContain('| `owner_id` | TEXT | not null |  | → `owners.id` (on delete cascade) |  |');
    expect(page).toContain(
      "| `label` | TEXT | not null | `'a, b'` |  | `CHECK (label <> '' AND label NOT IN ('x)', 'y'))` |",
    );
    expect(page).toContain("| `amount` | INTEGER | null |  |  | `CHECK (typeof(amount) = 'integer')` |");
    expect(page).toContain('| `name` | TEXT | not null |  |  | `COLLATE NOCASE` |');
    expect(page).toContain('- `UNIQUE (owner_id, label)`');
    expect(page).toContain('- `CHECK (amount IS NULL OR amount >= 0)`');
    expect(page).toContain('A STRICT table.');
    // owners' id says NOT NULL, so the note about SQLite's nullable TEXT keys does not apply.
    expect(page).not.toContain('may hold\nNULL');
  });

  it('shows indexes with their expressions and WHERE, triggers and virtual tables', () => {
    expect(page).toContain('| `items_live` |  | `lower(label), seq DESC` | `deleted_at IS NULL` | CREATE INDEX |');
    expect(page).toContain('| `sqlite_autoindex_items_1` | unique | `owner_id, label` |  | UNIQUE constraint |');
    expect(page).toContain("CREATE TRIGGER items_no_delete BEFORE DELETE ON items\nBEGIN SELECT RAISE(ABORT, 'items are kept'); END");
    expect(page).toContain('Virtual table (`fts5`), columns `item_id`, `body`.');
    expect(page).toContain('`item_search_data`');
    expect(page).not.toContain('## item_search_data');
  });

  it('gives the same bytes every time', () => {
    expect(migratedSchemaDoc(sample)).toBe(page);
  });
});

describe('listParts', () => {
  it('splits only at top-level commas, outside strings and comments', () => {
    const sql = "CREATE TABLE t (a TEXT DEFAULT 'x, y', -- note, here\n b INT CHECK (b IN (1, 2)), \"c,d\" TEXT)";
    expect(listParts(sql, sql.indexOf('('))).toEqual(["a TEXT DEFAULT 'x, y'", 'b INT CHECK (b IN (1, 2))', '"c,d" TEXT']);
  });
});
