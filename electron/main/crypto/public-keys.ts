import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { sha256Hex } from '../files/document-store';

// What anyone holding a public key can do: name it, show its fingerprint, read it from a file and
// check a signature. Kept apart from the key service (which owns the private key and the register's
// key table) so that verifying an export needs no register: the CLI and exports/ use only this.

/** Key id: the first 16 hex digits of the SHA-256 of the public key (SPKI DER). */
export function keyIdOf(publicKey: KeyObject): string {
  return sha256Hex(publicKey.export({ type: 'spki', format: 'der' })).slice(0, 16);
}

export function fingerprintOf(publicKey: KeyObject): string {
  return sha256Hex(publicKey.export({ type: 'spki', format: 'der' })).toUpperCase().match(/.{4}/g)!.join(' ');
}

/** Reads a public key from PEM or from our exported key file; null when it is neither. */
export function parsePublicKey(content: string): KeyObject | null {
  let pem = content.trim();
  try {
    const parsed = JSON.parse(pem) as { publicKeyPem?: unknown };
    if (typeof parsed.publicKeyPem === 'string') pem = parsed.publicKeyPem;
  } catch {
    // Not our JSON key file: treat it as PEM.
  }
  try {
    const key = createPublicKey(pem);
    return key.asymmetricKeyType === 'ed25519' ? key : null;
  } catch {
    return null;
  }
}

/** A key given as PEM is parsed on every call (about half of a check's time): pass a parsed key to check many. */
export function verifySignature(payload: string, signatureBase64: string, publicKey: string | KeyObject): boolean {
  try {
    return verify(null, Buffer.from(payload, 'utf8'), publicKey, Buffer.from(signatureBase64, 'base64'));
  } catch {
    return false;
  }
}
