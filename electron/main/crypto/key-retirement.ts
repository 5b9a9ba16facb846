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

/** One of the office's own keys as the register lists it. */
export type OwnKey = { keyId: string; publicKeyPem: string; retiredAt: string | null };

/**
 * Every retirement that holds among `own` keys: signed by the successor it names, itself one of
 * them. Where several name one key, the earliest counts.
 */
export function heldRetirements(own: readonly OwnKey[], retirements: readonly KeyRetirement[]): Map<string, KeyRetirement> {
  const keys = new Map(own.map((key) => [key.keyId, key.publicKeyPem]));
  const held = new Map<string, KeyRetirement>();
  for (const retirement of retirements) {
    const successor = keys.get(retirement.successorKeyId);
    if (!keys.has(retirement.retiredKeyId) || successor === undefined || !retirementHolds(retirement, successor)) continue;
    const known = held.get(retirement.retiredKeyId);
    if (!known || Date.parse(retirement.retiredAt) < Date.parse(known.retiredAt)) held.set(retirement.retiredKeyId, retirement);
  }
  return held;
}

/**
 * When each own key stopped signing: its signed retirement, or the register's own date for a key
 * it marks retired without one (a rotation not yet upgraded); the earlier of the two where both.
 */
export function retirementTimes(own: readonly OwnKey[], retirements: readonly KeyRetirement[]): Map<string, string> {
  const times = new Map([...heldRetirements(own, retirements)].map(([keyId, retirement]) => [keyId, retirement.retiredAt]));
  for (const key of own) {
    if (key.retiredAt === null) continue;
    const signed = times.get(key.keyId);
    if (signed === undefined || Date.parse(key.retiredAt) < Date.parse(signed)) times.set(key.keyId, key.retiredAt);
  }
  return times;
}
