import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { DamagedDocument, DocumentHealth } from '../../../shared/models/document-health';
import { statement, type Db } from '../db/connection';
import type { RecordKind } from '../../../shared/models/record-ref';

type VersionRow = { sha256: string; document_id: string; title: string; version: number; file_name: string; owner_kind: string; owner_id: string };

/** Every stored version with its document, grouped by file; the sha256 index gives the order. */
const VERSIONS_SQL = `
  SELECT v.sha256, v.document_id, d.title, v.version, v.file_name, d.owner_kind, d.owner_id
    FROM document_versions v JOIN documents d ON d.id = v.document_id
   ORDER BY v.sha256`;

const VERSIONS_OF_SQL = `
  SELECT v.sha256, v.document_id, d.title, v.version, v.file_name, d.owner_kind, d.owner_id
    FROM document_versions v JOIN documents d ON d.id = v.document_id
   WHERE v.sha256 = ?`;

/** The SHA-256 of a file, read in chunks so a 25 MiB scan never blocks main for long; null if unreadable. */
function hashFile(file: string): Promise<string | null> {
  return new Promise((resolve) => {
    const hash = createHash('sha256');
    const stream = fs.createReadStream(file);
    stream.on('data', (chunk) => hash.update(chunk));
    stream.on('end', () => resolve(hash.digest('hex')));
    stream.on('error', () => resolve(null));
  });
}

async function problemOf(root: string, sha256: string): Promise<DamagedDocument['problem'] | null> {
  const file = path.join(root, sha256);
  if (!fs.existsSync(file)) return 'missing';
  return (await hashFile(file)) === sha256 ? null : 'changed';
}

function toDamaged(sha256: string, problem: DamagedDocument['problem'], rows: VersionRow[]): DamagedDocument {
  return {
    sha256,
    problem,
    versions: rows.map((row) => ({
      documentId: row.document_id,
      title: row.title,
      version: row.version,
      fileName: row.file_name,
      owner: { kind: row.owner_kind as RecordKind, id: row.owner_id },
    })),
  };
}

export type DocumentCheck = {
  /**
   * The last finding, with the files it named looked at again (a re-attach repairs them); the
   * first call waits for a full check.
   */
  health(): Promise<DocumentHealth>;
  /** Checks every stored file now; resolves with what it found. */
  run(): Promise<DocumentHealth>;
  stop(): void;
};

/**
 * Checks every stored document against its hash in the background (damage is otherwise noticed
 * only when a file is opened): shortly after start, then every `everyMs`. Findings are announced
 * through `onDamaged` so the window can show them at once.
 */
export function documentCheck(
  db: Db,
  dataDir: string,
  options: { now: () => Date; onDamaged: (health: DocumentHealth) => void; firstAfterMs?: number; everyMs?: number; schedule?: boolean },
): DocumentCheck {
  const root = path.join(dataDir, 'documents');
  let last: DocumentHealth = { checkedAt: null, checked: 0, damaged: [] };
  let running: Promise<DocumentHealth> | null = null;
  let stopped = false;

  const scan = async (): Promise<DocumentHealth> => {
    const rows = statement(db, VERSIONS_SQL).all() as VersionRow[];
    const bySha = new Map<string, VersionRow[]>();
    for (const row of rows) bySha.set(row.sha256, [...(bySha.get(row.sha256) ?? []), row]);
    const damaged: DamagedDocument[] = [];
    for (const [sha256, versions] of bySha) {
      if (stopped) break;
      const problem = await problemOf(root, sha256);
      if (problem) damaged.push(toDamaged(sha256, problem, versions));
    }
    last = { checkedAt: options.now().toISOString(), checked: bySha.size, damaged };
    if (damaged.length && !stopped) options.onDamaged(last);
    return last;
  };

  const run = () => {
    running ??= scan().finally(() => {
      running = null;
    });
    return running;
  };

  const tick = () => {
    if (stopped || !db.open) return;
    run().catch((error: unknown) => console.error('[liaison] the document check failed:', error));
  };
  const timers =
    options.schedule === false
      ? []
      : [setTimeout(tick, options.firstAfterMs ?? 10_000), setInterval(tick, options.everyMs ?? 6 * 60 * 60 * 1000)];
  for (const timer of timers) timer.unref();

  return {
    async health() {
      // The first question (the window opening) is answered by a full check, not an empty one.
      if (last.checkedAt === null) return run();
      const still: DamagedDocument[] = [];
      for (const entry of last.damaged) {
        const problem = await problemOf(root, entry.sha256);
        if (problem) still.push({ ...toDamaged(entry.sha256, problem, statement(db, VERSIONS_OF_SQL).all(entry.sha256) as VersionRow[]) });
      }
      last = { ...last, damaged: still };
      return last;
    },
    run,
    stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
    },
  };
}
