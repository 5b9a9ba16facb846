import { createPublicKey, generateKeyPairSync, sign } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError, fieldIssue } from '../../../shared/errors';
import type { KeyInfo } from '../../../shared/models/export';
import type { Db } from '../db/connection';
import { insertActiveKey, insertImportedKey, keyRows, type KeyRow } from '../db/repos/keys-repo';
import { fingerprintOf, keyIdOf, parsePublicKey, verifySignature } from '../crypto/public-keys';
import { writeFileDurably } from '../files/durable-write';
import type { ChainSigner } from './signing-service';
import { timestamp, write, type ServiceContext } from './service-context';

/**
 * How the office's private key is kept at rest. The desktop app uses Electron's safeStorage (the
 * OS keychain); elsewhere the key is a file only the user can read.
 */
export type KeyProtector = {
  kind: 'os-keychain' | 'file';
  seal(pem: string): Buffer;
  open(sealed: Buffer): string;
};

export const fileProtector: KeyProtector = {
  kind: 'file',
  seal: (pem) => Buffer.from(pem, 'utf8'),
  open: (sealed) => sealed.toString('utf8'),
};

type SealedKeyFile = { protection: 'os-keychain' | 'file'; sealed: string };

/** The key file could not be read as one of ours: empty (a crash mid-write), cut short or edited. */
export class DamagedKeyFileError extends AppError {
  constructor(file: string) {
    super('IO', 'key.fileDamaged', { file });
  }
}

/** Reads a sealed key file; null when there is none, DamagedKeyFileError when it is not one of ours. */
function readKeyFile(file: string): SealedKeyFile | null {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new DamagedKeyFileError(file);
  }
  try {
    const parsed = JSON.parse(text) as Partial<SealedKeyFile>;
    if ((parsed.protection === 'os-keychain' || parsed.protection === 'file') && typeof parsed.sealed === 'string' && parsed.sealed !== '') {
      return { protection: parsed.protection, sealed: parsed.sealed };
    }
  } catch {
    // Falls through to the same sentence as a file of the wrong shape.
  }
  throw new DamagedKeyFileError(file);
}

export class KeyService {
  private readonly dir: string;

  constructor(
    private readonly ctx: ServiceContext,
    dataDir: string,
    private readonly protector: KeyProtector,
  ) {
    this.dir = path.join(dataDir, 'keys');
  }

  private get db(): Db {
    return this.ctx.db;
  }

  private keyFile(keyId: string): string {
    return path.join(this.dir, `${keyId}.key`);
  }

  private rows(): KeyRow[] {
    return keyRows(this.db);
  }

  private info(row: KeyRow): KeyInfo {
    const key = createPublicKey(row.public_key);
    let protection: KeyInfo['protection'] = 'none';
    if (row.origin === 'own') {
      // Listing keys must work with a damaged file: the screen is where the user rotates away from it.
      try {
        protection = readKeyFile(this.keyFile(row.key_id))?.protection ?? 'none';
      } catch {
        protection = 'damaged';
      }
    }
    return {
      keyId: row.key_id,
      fingerprint: fingerprintOf(key),
      publicKeyPem: row.public_key,
      label: row.label,
      origin: row.origin,
      active: row.active === 1,
      createdAt: row.created_at,
      retiredAt: row.retired_at,
      protection,
    };
  }

  list(): KeyInfo[] {
    return this.rows().map((row) => this.info(row));
  }

  /** Every public key an export may be verified against (ours, current and retired, and imported). */
  trustedKeys(): Map<string, string> {
    return new Map(this.rows().map((row) => [row.key_id, row.public_key]));
  }

  active(): KeyInfo | null {
    const row = this.rows().find((r) => r.origin === 'own' && r.active === 1);
    return row ? this.info(row) : null;
  }

  /** Creates the office key on first run. */
  ensure(): KeyInfo {
    return this.active() ?? this.generate('Office key');
  }

  private generate(label: string): KeyInfo {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const keyId = keyIdOf(publicKey);
    const publicPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    fs.mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const sealed = this.protector.seal(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
    const body: SealedKeyFile = { protection: this.protector.kind, sealed: sealed.toString('base64') };
    // Durable before the database names it: a key the register points at must be on disk.
    writeFileDurably(this.keyFile(keyId), JSON.stringify(body));
    write(this.ctx, 'key', () => insertActiveKey(this.db, { keyId, publicKeyPem: publicPem, label, at: timestamp(this.ctx) }));
    return this.active()!;
  }

  /** A new key signs from now on; the old public key stays, so old exports still verify. */
  rotate(): KeyInfo {
    return this.generate(`Office key (${timestamp(this.ctx).slice(0, 10)})`);
  }

  importPublic(label: string, content: string): KeyInfo {
    const key = parsePublicKey(content);
    if (!key) throw new AppError('VALIDATION', 'key.notPublicKey', undefined, [fieldIssue('content', 'key.notPublicKeyHere')]);
    const keyId = keyIdOf(key);
    if (this.rows().some((row) => row.key_id === keyId)) throw new AppError('CONFLICT', 'key.alreadyKnown');
    write(this.ctx, 'key', () =>
      insertImportedKey(this.db, { keyId, publicKeyPem: key.export({ type: 'spki', format: 'pem' }).toString(), label, at: timestamp(this.ctx) }),
    );
    return this.info(this.rows().find((row) => row.key_id === keyId)!);
  }

  exportPublic(keyId?: string): { fileName: string; content: string } {
    const info = keyId ? this.list().find((k) => k.keyId === keyId) : this.active();
    if (!info) throw new AppError('NOT_FOUND', 'key.notFound');
    const body = { liaison: 'office-public-key', keyId: info.keyId, fingerprint: info.fingerprint, label: info.label, createdAt: info.createdAt, publicKeyPem: info.publicKeyPem };
    return { fileName: `liaison-key-${info.keyId}.json`, content: `${JSON.stringify(body, null, 2)}\n` };
  }

  /** The chain of signing records signs with the office key, and checks against our own keys only. */
  chainSigner(): ChainSigner {
    return {
      sign: (payload) => {
        const { keyId, signature } = this.sign(payload);
        return { keyId, signature };
      },
      check: (payload, keyId, signature) => {
        const own = this.rows().find((row) => row.key_id === keyId && row.origin === 'own');
        return own !== undefined && verifySignature(payload, signature, own.public_key);
      },
      headFile: path.join(this.dir, 'chain-head.json'),
    };
  }

  /** Signs with the active private key, which is unsealed only for the moment it is used. */
  sign(payload: string): { keyId: string; publicKeyPem: string; signature: string } {
    const info = this.ensure();
    const keyFile = this.keyFile(info.keyId);
    const file = readKeyFile(keyFile);
    if (!file) {
      throw new AppError('IO', 'key.fileMissing', { file: keyFile });
    }
    if (file.protection !== this.protector.kind) {
      throw new AppError('IO', 'key.sealedInKeychain');
    }
    const privatePem = this.protector.open(Buffer.from(file.sealed, 'base64'));
    const signature = sign(null, Buffer.from(payload, 'utf8'), privatePem).toString('base64');
    return { keyId: info.keyId, publicKeyPem: info.publicKeyPem, signature };
  }
}
