import fs from 'node:fs';
import path from 'node:path';
import { databasePath } from '../data-dir';
import { makePrivate } from '../files/private-modes';
import { openDatabase } from './connection';
import { inspectRegisterFile } from './register-file';

/** A consistent copy of the live register via SQLite's online backup (safe while the app runs). */
export async function backupDatabase(dataDir: string, target: string): Promise<void> {
  if (fs.existsSync(target)) throw new Error(`${target} already exists; choose a new file name.`);
  // A folder the user named (a USB stick, Documents) keeps its mode; one we create is private.
  fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
  const db = openDatabase(databasePath(dataDir), { readonly: true });
  try {
    await db.backup(target);
    makePrivate(target);
  } finally {
    db.close();
  }
}

/** Why a file is not a readable SQLite database, in a sentence; null when it is one. */
function headerProblem(file: string): string | null {
  const state = inspectRegisterFile(file);
  if (state.kind === 'missing') return `${file} does not exist.`;
  if (state.kind === 'empty') return `${file} is empty (0 bytes): it holds no register.`;
  if (state.kind === 'not-sqlite') return `${file} is not an SQLite database: it holds other data.`;
  if (state.kind === 'truncated') {
    return `${file} is cut short: it has ${state.size} bytes of the ${state.expected} its header describes.`;
  }
  return null;
}

/**
 * SQLite's own integrity and foreign-key checks on any register file (the live one or a backup);
 * an empty list means the file is sound. Works on a damaged file: it is read, never opened for
 * writing, and what SQLite cannot read is reported as a problem, not thrown.
 */
export function checkRegisterFile(file: string, nativeBinding?: string): string[] {
  const unreadable = headerProblem(file);
  if (unreadable) return [unreadable];
  let db;
  try {
    db = openDatabase(file, { readonly: true, nativeBinding });
  } catch (error) {
    return [`${file} could not be opened: ${(error as Error).message}.`];
  }
  try {
    const integrity = (db.pragma('integrity_check') as Array<{ integrity_check: string }>)
      .map((row) => row.integrity_check)
      .filter((line) => line !== 'ok');
    const foreignKeys = (db.pragma('foreign_key_check') as Array<{ table: string; rowid: number; parent: string }>).map(
      (row) => `${row.table} row ${row.rowid} points at a missing ${row.parent}`,
    );
    return [...integrity, ...foreignKeys];
  } catch (error) {
    return [`SQLite could not read ${file} to the end: ${(error as Error).message}.`];
  } finally {
    db.close();
  }
}

/** The integrity check of the register in `dataDir`. */
export function checkIntegrity(dataDir: string): string[] {
  return checkRegisterFile(databasePath(dataDir));
}
