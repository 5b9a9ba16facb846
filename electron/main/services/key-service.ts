import { createPublicKey, generateKeyPairSync, sign } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError, fieldIssue } from '../../../shared/errors';
import type { KeyInfo } from '../../../shared/models/export';
import type { Db } from '../db/connection';
import { insertActiveKey, insertImportedKey, keyRows, type KeyRow } from '../db/repos/keys-repo';
import { fingerprintOf, keyIdOf, parsePublicKey, verifySignature } from '../crypto/public-keys';
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

  private rows(): KeyRow[] {
    return keyRows(this.db);
  }

  private info(row: KeyRow): KeyInfo {
    const key = createPublicKey(row.public_key);
    const sealedFile = path.join(this.dir, `${row.key_id}.key`);
    let protection: KeyInfo['protection'] = 'none';
    if (row.origin === 'own' && fs.existsSync(sealedFile)) {
      protection = (JSON.parse(fs.readFileSync(sealedFile, 'utf8')) as { protection: KeyInfo['protection'] }).protection;
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
    const file = path.join(this.dir, `${keyId}.key`);
    const temp = `${file}.tmp`;
    fs.writeFileSync(temp, JSON.stringify({ protection: this.protector.kind, sealed: sealed.toString('base64') }), { mode: 0o600 });
    fs.renameSync(temp, file);
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
    const file = JSON.parse(fs.readFileSync(path.join(this.dir, `${info.keyId}.key`), 'utf8')) as { protection: string; sealed: string };
    if (file.protection !== this.protector.kind) {
      throw new AppError('IO', 'key.sealedInKeychain');
    }
    const privatePem = this.protector.open(Buffer.from(file.sealed, 'base64'));
    const signature = sign(null, Buffer.from(payload, 'utf8'), privatePem).toString('base64');
    return { keyId: info.keyId, publicKeyPem: info.publicKeyPem, signature };
  }
}
