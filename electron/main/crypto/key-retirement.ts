import { createPublicKey } from 'node:crypto';
import { keyIdOf, verifySignature } from './public-keys';

/**
 * The record that ends an office key's signing life: which key, when, and which key took over,
 * signed by that successor. Kept apart from the key service so the CLI can check it with no
 * register: a summary signed by a retired key is valid only if it is dated before this time.
 */
export type KeyRetirement = { retiredKeyId: string; retiredAt: string; successorKeyId: string; signature: string };

export function retirementSigningPayload(retirement: Pick<KeyRetirement, 'retiredKeyId' | 'retiredAt' | 'successorKeyId'>): string {
  return `liaison/key-retirement/v1\n${retirement.retiredKeyId}\n${retirement.retiredAt}\n${retirement.successorKeyId}`;
}

/** Whether the retirement is signed by the successor it names, given that successor's public key. */
export function retirementHolds(retirement: KeyRetirement, successorPublicKeyPem: string): boolean {
  try {
    if (keyIdOf(createPublicKey(successorPublicKeyPem)) !== retirement.successorKeyId) return false;
  } catch {
    return false;
  }
  return !Number.isNaN(Date.parse(retirement.retiredAt)) && verifySignature(retirementSigningPayload(retirement), retirement.signature, successorPublicKeyPem);
}

/** Reads a retirement from untrusted JSON (the database, the file beside the keys, a key file); null when it is not one. */
export function parseRetirement(value: unknown): KeyRetirement | null {
  if (typeof value !== 'object' || value === null) return null;
  const { retiredKeyId, retiredAt, successorKeyId, signature } = value as Record<string, unknown>;
  if ([retiredKeyId, retiredAt, successorKeyId, signature].every((field) => typeof field === 'string')) {
    return { retiredKeyId, retiredAt, successorKeyId, signature } as KeyRetirement;
  }
  return null;
}

/**
 * Whether a signature dated `signedAt` falls inside the key's signing life. Strictly before the
 * retirement: the successor signs from that instant on. A date that does not parse is never inside.
 */
export function signedBeforeRetirement(signedAt: string, retiredAt: string): boolean {
  const at = Date.parse(signedAt);
  return !Number.isNaN(at) && at < Date.parse(retiredAt);
}
