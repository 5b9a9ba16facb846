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
export function trustedKeyRows(db: Db): Array<Pick<KeyRow, 'key_id' | 'public_key' | 'label' | 'origin'>> {
  const hasKeys = statement(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'office_keys'").get();
  return hasKeys ? (statement(db, 'SELECT key_id, public_key, label, origin FROM office_keys').all() as Array<Pick<KeyRow, 'key_id' | 'public_key' | 'label' | 'origin'>>) : [];
}
