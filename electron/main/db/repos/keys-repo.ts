import { parseRetirement, type KeyRetirement } from '../../crypto/key-retirement';
import { statement, type Db } from '../connection';

/** A public key that signed our exports (ours, current or retired) or that we trust (imported). */
export type KeyRow = {
  key_id: string;
  public_key: string;
  label: string;
  origin: 'own' | 'imported';
  active: number;
  created_at: string;
  retired_at: string | null;
};

export function keyRows(db: Db): KeyRow[] {
  return statement(db, 'SELECT * FROM office_keys ORDER BY active DESC, created_at DESC').all() as KeyRow[];
}

/** Makes `keyId` the office's one active key; the one it replaces is retired, never deleted. */
export function insertActiveKey(db: Db, key: { keyId: string; publicKeyPem: string; label: string; at: string }): void {
  statement(db, "UPDATE office_keys SET active = 0, retired_at = ? WHERE origin = 'own' AND active = 1").run(key.at);
  statement(db, "INSERT INTO office_keys (key_id, public_key, label, origin, active, created_at) VALUES (?, ?, ?, 'own', 1, ?)").run(
    key.keyId,
    key.publicKeyPem,
    key.label,
    key.at,
  );
}

export function insertImportedKey(db: Db, key: { keyId: string; publicKeyPem: string; label: string; at: string }): void {
  statement(db, "INSERT INTO office_keys (key_id, public_key, label, origin, active, created_at) VALUES (?, ?, ?, 'imported', 0, ?)").run(
    key.keyId,
    key.publicKeyPem,
    key.label,
    key.at,
  );
}

/** The trusted public keys of a register opened read-only (the verifier must not create tables). */
export function trustedKeyRows(db: Db): Array<Pick<KeyRow, 'key_id' | 'public_key' | 'label' | 'origin' | 'retired_at'>> {
  const hasKeys = statement(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'office_keys'").get();
  return hasKeys
    ? (statement(db, 'SELECT key_id, public_key, label, origin, retired_at FROM office_keys').all() as Array<
        Pick<KeyRow, 'key_id' | 'public_key' | 'label' | 'origin' | 'retired_at'>
      >)
    : [];
}

/*
 * Signed key retirements live in local_meta, one row per retired key under this prefix: a range
 * over its primary key lists them, and no schema change is needed.
 */
const RETIREMENT_PREFIX = 'key_retirement:';

export function retirementRows(db: Db): KeyRetirement[] {
  // The range ends at the character after ':' so that the primary key's index bounds the scan.
  const rows = statement(db, "SELECT value FROM local_meta WHERE key >= ? AND key < ? ORDER BY key").all(RETIREMENT_PREFIX, 'key_retirement;') as Array<{ value: string }>;
  return rows.flatMap((row) => {
    try {
      const parsed = parseRetirement(JSON.parse(row.value));
      return parsed ? [parsed] : [];
    } catch {
      return [];
    }
  });
}

/** Records a retirement; a key retires once, so an existing record for it is kept, not replaced. */
export function insertRetirement(db: Db, retirement: KeyRetirement): void {
  statement(db, 'INSERT OR IGNORE INTO local_meta (key, value) VALUES (?, ?)').run(`${RETIREMENT_PREFIX}${retirement.retiredKeyId}`, JSON.stringify(retirement));
}

/** The retirements of a register opened read-only (for the CLI's verifier), if it has any. */
export function trustedRetirementRows(db: Db): KeyRetirement[] {
  const hasMeta = statement(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'local_meta'").get();
  return hasMeta ? retirementRows(db) : [];
}
