import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { ensurePrivateDir, makePrivate } from '../files/private-modes';
import { forgetStatements, type Db } from './connection';
import type { Migration } from './migrations/index';

export type MigrationResult = { from: number; to: number; backup: string | null };

/** The file was written by a newer Liaison: opening it could corrupt what that version wrote. */
export class DatabaseTooNewError extends AppError {
  constructor(found: number, known: number) {
    super('CONFLICT', 'storage.tooNew', { found, known });
  }
}

function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration list is not contiguous at ${migration.name} (${migration.version})`);
    }
  });
}

/**
 * Brings the schema up to date: refuses a newer file, backs up an existing one before touching it,
 * then applies each pending step in its own transaction with `user_version` moved inside it, so a
 * crash leaves the file at the last complete step.
 */
export function migrate(
  db: Db,
  migrations: readonly Migration[],
  backupDir: string | null,
  now: () => Date = () => new Date(),
): MigrationResult {
  assertOrdered(migrations);
  const latest = migrations.length;
  const from = db.pragma('user_version', { simple: true }) as number;
  if (from > latest) throw new DatabaseTooNewError(from, latest);
  if (from === latest) return { from, to: latest, backup: null };

  let backup: string | null = null;
  if (from > 0 && backupDir) {
    ensurePrivateDir(backupDir);
    const stamp = now().toISOString().replace(/[:.]/g, '-');
    backup = path.join(backupDir, `before-schema-${from + 1}-${stamp}.sqlite`);
    db.prepare('VACUUM INTO ?').run(backup);
    makePrivate(backup);
  }

  for (const migration of migrations.slice(from)) {
    db.transaction(() => {
      // Read again under the write lock: another process starting on the same file at the same
      // moment may have applied this step while we waited for the lock.
      const current = db.pragma('user_version', { simple: true }) as number;
      if (current > latest) throw new DatabaseTooNewError(current, latest);
      if (current >= migration.version) return;
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
  // Statements prepared before the schema changed (and the record kit's readers, made for their
  // columns) are made again for the new one.
  forgetStatements(db);
  return { from, to: latest, backup };
}
