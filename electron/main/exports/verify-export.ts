import { createPublicKey } from 'node:crypto';
import type { VerifyResult } from '../../../shared/models/export';
import { keyIdOf, verifySignature } from '../crypto/public-keys';
import { SUMMARY_FORMAT, sectionDigests, signedText, type SignedEnvelope, type Summary } from './signed-summary';
import { FENCE_OPEN, SIGNATURE_HEADING, readablePart } from './summary-text';

function result(status: VerifyResult['status'], message: string, extra: Partial<VerifyResult> = {}): VerifyResult {
  return { status, message, keyId: null, signedAt: null, title: null, parts: [], ...extra };
}

const NOT_OURS = result('not_liaison', 'This is not a Liaison signed summary (JSON or Markdown export).');

/** Finds the signed JSON in a Markdown export, with the readable text in front of it. */
function fromMarkdown(text: string): { json: string; body: string } | null {
  const start = text.indexOf(`\n${FENCE_OPEN}\n`);
  if (start < 0) return null;
  const jsonStart = start + FENCE_OPEN.length + 2;
  const end = text.indexOf('\n```', jsonStart);
  if (end < 0) return null;
  const heading = text.lastIndexOf(`${SIGNATURE_HEADING}\n`, start);
  return { json: text.slice(jsonStart, end), body: heading < 0 ? text : text.slice(0, heading) };
}

/**
 * Checks a signed summary without any database: is it ours, is the key one we trust, does every
 * section still match its digest, and does the signature hold over the whole.
 */
export function verifyExport(bytes: Buffer, trusted: ReadonlyMap<string, string>): VerifyResult {
  const text = bytes.toString('utf8');
  if (!text.includes(SUMMARY_FORMAT)) return NOT_OURS;
  const markdown = text.trimStart().startsWith('{') ? null : fromMarkdown(text);
  let envelope: SignedEnvelope;
  try {
    envelope = JSON.parse(markdown ? markdown.json : text) as SignedEnvelope;
  } catch {
    return result('tampered', 'The signed data is damaged: it is no longer valid JSON.', { parts: ['file'] });
  }
  if (envelope?.format !== SUMMARY_FORMAT || typeof envelope.summary !== 'object' || !envelope.signature) return NOT_OURS;

  const keyId = String(envelope.signature.keyId ?? '');
  const base = { keyId, signedAt: String(envelope.exportedAt ?? ''), title: String(envelope.summary?.agreement?.title ?? '') };

  const parts: string[] = [];
  let digests: Record<string, string> = {};
  try {
    digests = sectionDigests(envelope.summary);
  } catch {
    return result('tampered', 'The signed data is damaged.', { ...base, parts: ['summary'] });
  }
  const signedSections = Object.keys(envelope.digests ?? {});
  for (const section of new Set([...Object.keys(digests), ...signedSections])) {
    if (digests[section] !== envelope.digests?.[section as keyof Summary]) parts.push(section);
  }
  if (markdown && markdown.body !== readablePart(envelope)) parts.push('readable text');

  const publicKeyPem = trusted.get(keyId);
  if (!publicKeyPem) {
    return result('unknown_key', `Signed with key ${keyId}, which this Liaison does not know. Import that office's public key to check it.`, {
      ...base,
      parts,
    });
  }
  if (keyIdOf(createPublicKey(publicKeyPem)) !== keyId) return result('unknown_key', 'The trusted key does not match its id.', base);
  const signatureHolds = verifySignature(signedText(envelope), String(envelope.signature.value ?? ''), publicKeyPem);
  if (parts.length || !signatureHolds) {
    const which = parts.length ? parts : ['signature'];
    return result('tampered', `Changed after signing: ${which.join(', ')}.`, { ...base, parts: which });
  }
  return result('valid', `Valid: signed by key ${keyId} on ${base.signedAt}.`, base);
}
