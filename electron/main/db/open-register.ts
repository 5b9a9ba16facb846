import fs from 'node:fs';
import path from 'node:path';
import { databasePath } from '../data-dir';
import { ensurePrivateDir, makePrivate } from '../files/private-modes';
import { openDatabase, type Db } from './connection';
import { DatabaseTooNewError } from './migrate';
import { inspectRegisterFile } from './register-file';
import { damagedRegister, storageFault } from './register-faults';

/** Whether a folder exists and holds anything: documents or keys of a register that was there. */
function holdsFiles(dir: string): boolean {
  try {
    return fs.readdirSync(dir).some((name) => !name.startsWith('.'));
  } catch {
    return false;
  }
}

/**
 * Opens the register in `dataDir` only if what is on disk is one: the file's header is judged
 * before SQLite may write to it (it would switch a newer file to WAL, or turn an empty file into a
 * new register beside the documents and keys of the old one). Every refusal is a RegisterFault or
 * DatabaseTooNewError with its sentence; nothing is changed on disk when one is thrown.
 */
export function openRegister(dataDir: string, options: { nativeBinding?: string; latestVersion: number }): Db {
  const file = databasePath(dataDir);
  try {
    ensurePrivateDir(dataDir);
    const state = inspectRegisterFile(file);
    if (state.kind === 'empty') {
      // An empty file with nothing beside it is a first start that crashed before its first write.
      if (holdsFiles(path.join(dataDir, 'documents')) || holdsFiles(path.join(dataDir, 'keys'))) {
        throw damagedRegister('empty', dataDir, file);
      }
    }
    if (state.kind === 'not-sqlite' || state.kind === 'truncated') throw damagedRegister(state.kind, dataDir, file);
    if (state.kind === 'sqlite') {
      const version = Math.max(state.userVersion, walUserVersion(file, options.nativeBinding));
      if (version > options.latestVersion) throw new DatabaseTooNewError(version, options.latestVersion);
    }
    if (state.kind === 'missing') {
      // Created private, so SQLite gives its -wal and -shm files the same mode.
      fs.closeSync(fs.openSync(file, 'wx', 0o600));
    }
    for (const suffix of ['', '-wal', '-shm']) makePrivate(`${file}${suffix}`);
    return openDatabase(file, { nativeBinding: options.nativeBinding });
  } catch (error) {
    throw storageFault(error, dataDir) ?? error;
  }
}

/**
 * A schema upgrade may still sit in the -wal file, not yet copied into the header: read
 * `user_version` through SQLite, read-only, when there is one. 0 when it cannot be read.
 */
function walUserVersion(file: string, nativeBinding: string | undefined): number {
  let size = 0;
  try {
    size = fs.statSync(`${file}-wal`).size;
  } catch {
    return 0;
  }
  if (size === 0) return 0;
  try {
    const db = openDatabase(file, { nativeBinding, readonly: true });
    try {
      return db.pragma('user_version', { simple: true }) as number;
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
}
