import fs from 'node:fs';
import path from 'node:path';
import { MIGRATIONS } from '../../electron/main/db/migrations/index';
import { migratedSchemaDoc } from '../../electron/main/db/schema-doc';

// `npm run docs:schema`: migrates an empty in-memory database with the real migrations and writes
// what SQLite reports to docs/schema.md. test/main/schema-doc.test.ts fails until that is committed.

const target = path.resolve(import.meta.dirname, '..', '..', 'docs', 'schema.md');
const page = migratedSchemaDoc(MIGRATIONS);
const before = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : null;
if (before === page) {
  console.log(`docs:schema: ${path.relative(process.cwd(), target)} is up to date.`);
} else {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, page);
  console.log(`docs:schema: wrote ${path.relative(process.cwd(), target)}; commit it with the migration.`);
}
