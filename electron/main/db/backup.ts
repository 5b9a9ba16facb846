import fs from 'node:fs';
import path from 'node:path';
import { databasePath } from '../data-dir';
import { openDatabase } from './connection';

/** A consistent copy of the live register via SQLite's online backup (safe while the app runs). */
export async function backupDatabase(dataDir: string, target: string): Promise<void> {
  if (fs.existsSync(target)) throw new Error(`${target} already exists; choose a new file name.`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const db = openDatabase(databasePath(dataDir), { readonly: true });
  try {
    await db.backup(target);
  } finally {
    db.close();
  }
}

/** SQLite's own integrity and foreign-key checks; an empty list means the file is sound. */
export function checkIntegrity(dataDir: string): string[] {
  const db = openDatabase(databasePath(dataDir), { readonly: true });
  try {
    const integrity = (db.pragma('integrity_check') as Array<{ integrity_check: string }>)
      .map((row) => row.integrity_check)
      .filter((line) => line !== 'ok');
    const foreignKeys = (db.pragma('foreign_key_check') as Array<{ table: string; rowid: number; parent: string }>).map(
      (row) => `${row.table} row ${row.rowid} points at a missing ${row.parent}`,
    );
    return [...integrity, ...foreignKeys];
  } finally {
    db.close();
  }
}
