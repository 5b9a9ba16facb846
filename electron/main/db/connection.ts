import Database from 'better-sqlite3';

export type Db = Database.Database;

export type OpenOptions = {
  /** A better_sqlite3.node built for the running ABI (Electron passes its own build). */
  nativeBinding?: string;
  readonly?: boolean;
};

/**
 * Opens the register with the settings every connection needs. FULL sync throughout: the register
 * is small and written by hand, so durability of every write (signing records above all) matters
 * more than throughput; `npm run bench` measures what this costs.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const db = new Database(file, {
    nativeBinding: options.nativeBinding,
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
  });
  db.pragma('busy_timeout = 5000');
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    // A large batch grows the write-ahead log to hundreds of megabytes (100,000 agreements: 356 MB
    // beside a 445 MB register); without a limit the file keeps that size after the checkpoint. At
    // 16 MiB, the log's size at the idle checkpoints' backstop (4,000 pages), saving never needs more
    // between checkpoints, and a bulk load leaves 16 MB on disk instead of 64 (issue 13's file size).
    db.pragma('journal_size_limit = 16777216');
  }
  db.pragma('foreign_keys = ON');
  // Statement journals in memory: inside a transaction, every insert that fires a trigger journals
  // the pages it touches, and in a temporary file that was a write call per page (profiled in a
  // 20,000-agreement batch). Temporary sort trees stay in memory too; the register is small.
  db.pragma('temp_store = MEMORY');
  // 64 MiB of page cache instead of SQLite's 2 MiB: at 100,000 agreements (a 490 MB file) a search
  // reads thousands of index pages and every write descends forty B-trees; with the default most of
  // those pages were read again from the OS for each call. Measured at 100k: searches 1.2–2.1× faster,
  // create/update/transition 3.1 → 2.7–2.8 ms, the register CSV 4.8 → 4.3 s. Memory is taken only as
  // pages are read, so a small register costs no more.
  db.pragma('cache_size = -65536');
  return db;
}

/**
 * Runs `fn` in an IMMEDIATE transaction (the write lock is taken up front, so a concurrent CLI
 * process waits instead of failing half-way). Any throw rolls everything back.
 */
export function inTransaction<T>(db: Db, fn: () => T): T {
  return db.transaction(fn).immediate();
}

const statementCache = new WeakMap<Db, Map<string, Database.Statement>>();
const rawStatementCache = new WeakMap<Db, Map<string, Database.Statement>>();

function prepared(caches: WeakMap<Db, Map<string, Database.Statement>>, db: Db, sql: string, raw: boolean): Database.Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let found = cache.get(sql);
  if (!found) {
    found = raw ? db.prepare(sql).raw(true) : db.prepare(sql);
    cache.set(sql, found);
  }
  return found;
}

/** Prepares `sql` once per connection; repos call this on every use instead of keeping handles. */
export function statement(db: Db, sql: string): Database.Statement {
  return prepared(statementCache, db, sql, false);
}

/**
 * Like `statement`, but its rows come back as arrays in column order. Building a row of thirty
 * columns as an object cost better-sqlite3 two to three times as much as the array (0.7–0.8 against
 * 0.26–0.4 ms for a page of 50 agreements): the record kit reads its records this way and builds
 * each record itself, once.
 */
export function rawStatement(db: Db, sql: string): Database.Statement {
  return prepared(rawStatementCache, db, sql, true);
}

/** Drops this connection's prepared statements: the planner's statistics, or the schema, changed under them. */
export function forgetStatements(db: Db): void {
  statementCache.delete(db);
  rawStatementCache.delete(db);
}

/** Escapes a user's search text for LIKE … ESCAPE '\\'. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
