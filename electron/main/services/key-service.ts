import { createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError, fieldIssue } from '../../../shared/errors';
import type { KeyInfo } from '../../../shared/models/export';
import type { Db } from '../db/connection';
import { insertActiveKey, insertImportedKey, insertRetirement, keyRows, retirementRows, type KeyRow } from '../db/repos/keys-repo';
import { heldRetirements, retirementSigningPayload, retirementTimes, signedBeforeRetirement, type KeyRetirement, type OwnKey } from '../crypto/key-retirement';
import { destroyKeyFile, readRetirementsFile, writeRetirementsFile } from '../files/retired-key-files';
import { fingerprintOf, keyIdOf, parsePublicKey, verifySignature } from '../crypto/public-keys';
import { writeFileDurably } from '../files/durable-write';
import type { SignatureCheck } from './signing-chain';
import { signHeadAgain, verifySigningChain, type ChainSigner } from './signing-service';
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

/** What a rotation's new key signs: the retirement of the key it replaces, at the same instant. */
function signedRetirement(retiredKeyId: string, retiredAt: string, successorKeyId: string, successor: KeyObject | string): KeyRetirement {
  const body = { retiredKeyId, retiredAt, successorKeyId };
  return { ...body, signature: sign(null, Buffer.from(retirementSigningPayload(body), 'utf8'), successor).toString('base64') };
}

export class KeyService {
  private readonly dir: string;
  /** Whether this run has finished what earlier rotations left undone (see `settleRetirements`). */
  private settled = false;

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

  /** Creates the office key on first run, and finishes any rotation an earlier run left undone. */
  ensure(): KeyInfo {
    const info = this.active() ?? this.generate('Office key');
    if (!this.settled) {
      this.settled = true;
      this.settleRetirements();
    }
    return info;
  }

  private get retirementsFile(): string {
    return path.join(this.dir, 'retirements.json');
  }

  private ownKeys(): OwnKey[] {
    return this.rows()
      .filter((row) => row.origin === 'own')
      .map((row) => ({ keyId: row.key_id, publicKeyPem: row.public_key, retiredAt: row.retired_at }));
  }

  /**
   * Every retirement that holds, read from the database and from the copy beside the keys, so
   * rolling either back alone does not bring a retired key back.
   */
  retirements(): Map<string, KeyRetirement> {
    return heldRetirements(this.ownKeys(), [...retirementRows(this.db), ...readRetirementsFile(this.retirementsFile)]);
  }

  /** When each of our retired keys stopped signing. */
  retiredTimes(): Map<string, string> {
    return retirementTimes(this.ownKeys(), [...retirementRows(this.db), ...readRetirementsFile(this.retirementsFile)]);
  }

  /**
   * Finishes what a rotation may have left undone and upgrades rotations from before retirements
   * were signed: every retired key gets a signed retirement (signed by the key active now, when
   * the rotation predates them), the copy beside the keys is brought up to date, and the retired
   * private key files are destroyed.
   */
  private settleRetirements(): void {
    const active = this.active();
    if (!active) return;
    const recorded = new Set(retirementRows(this.db).map((retirement) => retirement.retiredKeyId));
    const retired = this.rows().filter((row) => row.origin === 'own' && row.active === 0);
    const legacy = retired.filter((row) => !recorded.has(row.key_id));
    if (legacy.length) {
      try {
        // Checked before the retirements are signed, while heads signed by these keys still count.
        const signer = this.chainSigner();
        const verified = verifySigningChain(this.ctx, signer);
        const signed = legacy.map((row) => {
          const body = { retiredKeyId: row.key_id, retiredAt: row.retired_at ?? timestamp(this.ctx), successorKeyId: active.keyId };
          return { ...body, signature: this.sign(retirementSigningPayload(body)).signature };
        });
        write(this.ctx, 'key', () => signed.forEach((retirement) => insertRetirement(this.db, retirement)));
        signHeadAgain(this.ctx, signer, verified);
      } catch {
        // The active key cannot sign here: it is sealed in a keychain this process cannot open
        // (browser mode on a desktop register), or this register is older than a rotation. The
        // retired key still counts as retired from the register's date; a later start signs it.
      }
    }
    this.writeRetirementCopies(retired.map((row) => row.key_id));
  }

  /** Brings the copy beside the keys up to date with the database and destroys the retired private keys. */
  private writeRetirementCopies(retiredKeyIds: readonly string[]): void {
    const inDatabase = retirementRows(this.db);
    const onDisk = readRetirementsFile(this.retirementsFile);
    const missing = inDatabase.filter((r) => !onDisk.some((d) => d.retiredKeyId === r.retiredKeyId && d.signature === r.signature));
    if (missing.length) writeRetirementsFile(this.retirementsFile, [...onDisk, ...missing]);
    for (const keyId of retiredKeyIds) destroyKeyFile(path.join(this.dir, `${keyId}.key`));
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
    const previous = this.rows().find((row) => row.origin === 'own' && row.active === 1);
    const at = timestamp(this.ctx);
    write(this.ctx, 'key', () => {
      insertActiveKey(this.db, { keyId, publicKeyPem: publicPem, label, at });
      // In the same transaction: no key is ever retired without the retirement its successor signed.
      if (previous) insertRetirement(this.db, signedRetirement(previous.key_id, at, keyId, privateKey));
    });
    // Only once committed: a crash before this leaves work that `settleRetirements` finishes.
    if (previous) this.writeRetirementCopies([previous.key_id]);
    return this.active()!;
  }

  /**
   * A new key signs from now on. The new key signs the old one's retirement, and the old private
   * key is destroyed; its public key stays, so exports it signed before the rotation still verify.
   */
  rotate(): KeyInfo {
    this.ensure();
    // Checked while the old key still counts; the new key then signs the head that was verified.
    const signer = this.chainSigner();
    const verified = verifySigningChain(this.ctx, signer);
    const info = this.generate(`Office key (${timestamp(this.ctx).slice(0, 10)})`);
    signHeadAgain(this.ctx, signer, verified);
    return info;
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
    const retirement = this.retirements().get(info.keyId);
    const successor = retirement && this.list().find((k) => k.keyId === retirement.successorKeyId);
    const body = {
      liaison: 'office-public-key',
      keyId: info.keyId,
      fingerprint: info.fingerprint,
      label: info.label,
      createdAt: info.createdAt,
      publicKeyPem: info.publicKeyPem,
      // A retired key's file carries its signed retirement, so `liaison verify --key` refuses what it signed later.
      ...(retirement && successor ? { retirement: { ...retirement, successorPublicKeyPem: successor.publicKeyPem } } : {}),
    };
    return { fileName: `liaison-key-${info.keyId}.json`, content: `${JSON.stringify(body, null, 2)}\n` };
  }

  /** The chain of signing records signs with the office key, and checks against our own keys only. */
  chainSigner(): ChainSigner {
    return {
      sign: (payload) => {
        const { keyId, signature } = this.sign(payload);
        return { keyId, signature };
      },
      checker: () => {
        // One snapshot of our keys per walk of the chain: each key parsed once (a PEM parsed for
        // every record was half of a record's check) and the keys read once, not per record.
        const own = new Map(
          this.rows()
            .filter((row) => row.origin === 'own')
            .map((row) => [row.key_id, parsePublicKey(row.public_key)] as const),
        );
        const held = this.retirements();
        const retired = this.retiredTimes();
        const check: SignatureCheck = (payload, keyId, signature, signedAt) => {
          const key = own.get(keyId);
          if (!key || !verifySignature(payload, signature, key)) return false;
          // A record dated after its key's retirement was signed outside Liaison, with a copy of a destroyed key.
          if (signedAt === undefined) return true;
          if (signedAt === null) return !held.has(keyId);
          const retiredAt = retired.get(keyId);
          return retiredAt === undefined || signedBeforeRetirement(signedAt, retiredAt);
        };
        // Everything the check depends on: a remembered verification is reused only under the same keys.
        const state = JSON.stringify([[...own.keys()].sort(), [...held.keys()].sort(), [...retired.entries()].sort()]);
        return { check, state };
      },
      headFile: path.join(this.dir, 'chain-head.json'),
    };
  }

  /** Signs with the active private key, which is unsealed only for the moment it is used. */
  sign(payload: string): { keyId: string; publicKeyPem: string; signature: string } {
    const info = this.signingKey();
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

  /** The key that signs now; refused, with a sentence, when a retirement names it. */
  signingKey(): KeyInfo {
    const info = this.ensure();
    // Any retirement naming this key refuses it, even one whose successor this register does not
    // know (a register restored from before the rotation): refusing is the safe direction.
    const retirement = [...retirementRows(this.db), ...readRetirementsFile(this.retirementsFile)].find((r) => r.retiredKeyId === info.keyId);
    if (retirement) {
      throw new AppError('CONFLICT', 'key.retiredNoLongerSigns', { keyId: info.keyId, retiredAt: retirement.retiredAt });
    }
    return info;
  }
}
