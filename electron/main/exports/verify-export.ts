import { createPublicKey, type KeyObject } from 'node:crypto';
import type { VerifyResult } from '../../../shared/models/export';
import { sha256Hex } from '../files/document-store';
import { fingerprintOf, keyIdOf, verifySignature } from '../crypto/public-keys';
import { headSigningPayload } from '../crypto/chain-head';
import { signedBeforeRetirement } from '../crypto/key-retirement';
import { attachSignedJson, readSignedAttachment } from './pdf-attachment';
import { SUMMARY_FORMAT, SUMMARY_VERSION, SUMMARY_VERSIONS, renderSummaryJson, sectionDigests, signedText, summaryFileStem } from './signed-summary';
import { parseEnvelope, sectionsOf, type SignedEnvelope } from './summary-schema';
import { FENCE_OPEN, renderSummaryMarkdown, summaryMarkdownBody } from './summary-text';

type FileKind = NonNullable<VerifyResult['fileKind']>;
type Signer = NonNullable<VerifyResult['signer']>;

/**
 * A public key an export may be verified against, and whose it is. `retiredAt`: when an office
 * key stopped signing (from its retirement, which the caller has checked is signed by the
 * successor); a summary it signed is valid only if dated before then.
 */
export type TrustedKey = { publicKeyPem: string; label: Signer['label']; origin: Signer['origin']; retiredAt?: string | null };
export type TrustedKeys = ReadonlyMap<string, TrustedKey>;

function result(status: VerifyResult['status'], message: string, extra: Partial<VerifyResult> = {}): VerifyResult {
  return { status, message, keyId: null, signedAt: null, title: null, parts: [], signer: null, fingerprint: null, digests: [], fileKind: null, ...extra };
}

const NOT_OURS = 'This is not a Liaison signed summary (a JSON, Markdown or PDF export).';
/** The member every signed summary opens with, however spaced: the mark of "ours". */
const FORMAT_MEMBER = new RegExp(`"format"\\s*:\\s*"${SUMMARY_FORMAT}"`);
const marked = (bytes: Buffer) => FORMAT_MEMBER.test(bytes.toString('latin1'));

function damaged(fileKind: FileKind | null, why: string, parts = ['file']): VerifyResult {
  return result('tampered', `The signed data is damaged: ${why}`, { parts, fileKind });
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Strict UTF-8: one byte sequence per text, so comparing texts compares bytes. */
function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

/** The public key in exactly the PEM the exporter writes (SPKI, Ed25519); null for any other spelling. */
function exactPublicKey(pem: string): KeyObject | null {
  try {
    const key = createPublicKey(pem);
    return key.asymmetricKeyType === 'ed25519' && key.export({ type: 'spki', format: 'pem' }).toString() === pem ? key : null;
  } catch {
    return null;
  }
}

/** Reads the signed JSON: a recognised format version and every member in the strict schema. */
function readEnvelope(json: string, fileKind: FileKind): { envelope: SignedEnvelope } | VerifyResult {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return damaged(fileKind, 'it is no longer valid JSON.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value) || (value as { format?: unknown }).format !== SUMMARY_FORMAT) {
    return damaged(fileKind, 'it no longer says it is a Liaison signed summary.');
  }
  const { version } = value as { version?: unknown };
  if (typeof version === 'number' && Number.isSafeInteger(version) && version > SUMMARY_VERSION) {
    return result('not_liaison', `This signed summary is in format ${version}, newer than this Liaison reads. Update Liaison to check it.`, { fileKind });
  }
  if (!(SUMMARY_VERSIONS as readonly unknown[]).includes(version)) return damaged(fileKind, 'its format version is not one Liaison has written.');
  const parsed = parseEnvelope(value as Record<string, unknown> & { version: 1 | 2 | 3 | 4 });
  return parsed.ok ? { envelope: parsed.envelope } : damaged(fileKind, `${parsed.where} is not as Liaison writes it.`, [parsed.part]);
}

function firstDifference(a: Uint8Array, b: Uint8Array): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i += 1) if (a[i] !== b[i]) return i;
  return length;
}

/**
 * Compares a text file with its rendering from the signed data. Accepted as well: CRLF line
 * endings (what git or unix2dos make of it); the caller has removed one leading BOM. Returns the
 * parts that differ: the readable text above the signed block, or the layout around the data.
 */
function compareText(file: Buffer, expected: string, readable: string | null): string[] {
  const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n');
  const variants = [
    { bytes: Buffer.from(expected, 'utf8'), readable },
    { bytes: Buffer.from(crlf(expected), 'utf8'), readable: readable === null ? null : crlf(readable) },
  ];
  if (variants.some((variant) => variant.bytes.equals(file))) return [];
  const [closest] = variants.map((variant) => ({ ...variant, at: firstDifference(variant.bytes, file) })).sort((x, y) => y.at - x.at);
  return [closest.readable !== null && closest.at < Buffer.byteLength(closest.readable) ? 'readable text' : 'layout'];
}

/** The signed JSON fenced at the end of a Markdown export (the last such fence: the JSON cannot hold one). */
function fencedJson(text: string): string | null {
  const lf = text.replace(/\r\n/g, '\n');
  const open = lf.lastIndexOf(`\n${FENCE_OPEN}\n`);
  if (open < 0) return null;
  const start = open + FENCE_OPEN.length + 2;
  const end = lf.indexOf('\n```', start);
  return end < 0 ? null : lf.slice(start, end);
}

function fingerprintFor(envelope: SignedEnvelope): string {
  const key = exactPublicKey(envelope.signature.publicKeyPem);
  return key ? fingerprintOf(key) : '';
}

function checkText(bytes: Buffer, trusted: TrustedKeys): VerifyResult {
  const file = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const text = decodeUtf8(file);
  if (!marked(file)) return result('not_liaison', NOT_OURS);
  if (text === null) return damaged(null, 'the file is not valid UTF-8 text.');
  const fileKind: FileKind = text.startsWith('{') ? 'json' : 'markdown';
  const json = fileKind === 'json' ? text : fencedJson(text);
  if (json === null) return damaged(fileKind, 'the fenced block of signed JSON is missing or broken.', ['layout']);
  const read = readEnvelope(json, fileKind);
  if (!('envelope' in read)) return read;
  const { envelope } = read;
  let findings: string[];
  if (fileKind === 'json') {
    findings = compareText(file, renderSummaryJson(envelope), null);
  } else {
    try {
      findings = compareText(file, renderSummaryMarkdown(envelope, fingerprintFor(envelope)), `${summaryMarkdownBody(envelope)}\n`);
    } catch {
      findings = ['readable text'];
    }
  }
  return judge(envelope, fileKind, findings, trusted);
}

function checkPdf(bytes: Buffer, trusted: TrustedKeys): VerifyResult {
  const found = readSignedAttachment(bytes);
  if (!found) {
    return marked(bytes)
      ? damaged('pdf', 'the signed data attached to this PDF cannot be found.', ['layout'])
      : result('not_liaison', 'This PDF carries no Liaison signed summary. Liaison’s PDF summaries carry their signed data as an attached file.');
  }
  const json = decodeUtf8(found.json);
  if (json === null) return damaged('pdf', 'the attached signed data is not valid UTF-8 text.');
  const read = readEnvelope(json, 'pdf');
  if (!('envelope' in read)) return read;
  const { envelope } = read;
  if (envelope.version === 1 || !envelope.pdf) return damaged('pdf', 'the attached signed data does not name the printed pages.', ['pages']);
  const findings: string[] = [];
  if (envelope.pdf.size !== found.pages.length || envelope.pdf.sha256 !== sha256Hex(found.pages)) {
    findings.push('pages');
  } else {
    const name = `${summaryFileStem(envelope.summary.agreement.referenceNo)}.json`;
    if (!attachSignedJson(found.pages, name, Buffer.from(renderSummaryJson(envelope), 'utf8')).equals(bytes)) findings.push('layout');
  }
  return judge(envelope, 'pdf', findings, trusted);
}

/**
 * The chain head a summary of format 3 or later carries: signed by the key that signed the summary, and
 * consistent with the summary's own records (none beyond the head; the newest, if it is the
 * head, with the head's hash). Null when it holds; otherwise why not.
 */
function chainProblem(envelope: SignedEnvelope): string | null {
  if (envelope.version < 3 || !('chain' in envelope)) return null;
  const { chain, summary, signature } = envelope;
  if (chain.keyId !== signature.keyId) return 'the signing chain’s head is not signed by the key that signed the summary.';
  if (!verifySignature(headSigningPayload(chain), chain.signature, signature.publicKeyPem)) return 'the signing chain’s head does not carry the office key’s signature.';
  for (const record of summary.signingRecords) {
    if (record.seq < 1 || record.seq > chain.count) return `signing record ${record.seq} lies beyond the chain head (${chain.count} records).`;
    if (record.seq === chain.count && record.hash !== chain.hash) return `signing record ${record.seq} is not the record the chain head names.`;
  }
  return null;
}

function validMessage(signer: TrustedKey, keyId: string, signedAt: string, fileKind: FileKind): string {
  const who =
    signer.origin === 'own'
      ? `this office’s key “${signer.label}” (${keyId})`
      : signer.origin === 'imported'
        ? `${signer.label} (a partner’s key, ${keyId})`
        : `the key you gave, “${signer.label}” (${keyId})`;
  const pdf = fileKind === 'pdf' ? ' Every byte of the PDF, its printed pages included, is as signed.' : '';
  const retired = signer.retiredAt ? ` That key was retired on ${signer.retiredAt}, after this summary was signed.` : '';
  return `Signed by ${who} on ${signedAt}.${retired}${pdf}`;
}

/** Section digests, then the file around the data, then the key and the signature. */
function judge(envelope: SignedEnvelope, fileKind: FileKind, findings: string[], trusted: TrustedKeys): VerifyResult {
  const { keyId, publicKeyPem, value } = envelope.signature;
  const base = { keyId, signedAt: envelope.exportedAt, title: envelope.summary.agreement.title, fileKind };
  const tampered = (parts: string[], why = `Changed after signing: ${parts.join(', ')}.`) => result('tampered', why, { ...base, parts });

  const computed: Record<string, string> = sectionDigests(envelope.summary);
  const digests: Record<string, string> = envelope.digests;
  const sections = sectionsOf(envelope.version);
  const changed = sections.filter((section) => computed[section] !== digests[section]);
  if (changed.length || findings.length) return tampered(changed.length ? changed : findings);

  const embedded = exactPublicKey(publicKeyPem);
  if (!embedded || keyIdOf(embedded) !== keyId) return tampered(['signature'], 'Changed after signing: the public key in the file is not the key its key id names.');
  const fingerprint = fingerprintOf(embedded);
  const text = signedText(envelope);

  const signer = trusted.get(keyId);
  if (!signer) {
    if (!verifySignature(text, value, publicKeyPem)) return tampered(['signature']);
    return result(
      'unknown_key',
      `Signed with key ${keyId} (fingerprint ${fingerprint}), which this Liaison does not know. The file is intact under that key; to trust it, import that office’s public key after checking its fingerprint with them.`,
      { ...base, fingerprint },
    );
  }
  let trustedKey: KeyObject;
  try {
    trustedKey = createPublicKey(signer.publicKeyPem);
  } catch {
    return result('unknown_key', `The trusted key ${keyId} cannot be read; import it again.`, base);
  }
  if (keyIdOf(trustedKey) !== keyId) return result('unknown_key', 'The trusted key does not match its id.', base);
  if (trustedKey.export({ type: 'spki', format: 'pem' }).toString() !== publicKeyPem) {
    return tampered(['signature'], 'Changed after signing: the public key in the file is not the trusted key with that id.');
  }
  if (!verifySignature(text, value, signer.publicKeyPem)) return tampered(['signature']);
  if (signer.retiredAt && !signedBeforeRetirement(envelope.exportedAt, signer.retiredAt)) {
    // The retired private key was destroyed at rotation: a signature dated after that was made
    // with a copy of it, outside Liaison.
    return tampered(
      ['signature'],
      `Signed by a key retired on ${signer.retiredAt}, but dated ${envelope.exportedAt}: a retired key no longer signs, so this summary was not made by this office’s Liaison.`,
    );
  }
  const chain = chainProblem(envelope);
  if (chain) return tampered(['chain'], `The signing chain it carries does not hold: ${chain}`);
  return result('valid', validMessage(signer, keyId, envelope.exportedAt, fileKind), {
    ...base,
    signer: { label: signer.label, origin: signer.origin, retiredAt: signer.retiredAt ?? null },
    fingerprint,
    digests: sections.map((section) => ({ section, sha256: digests[section] })),
  });
}

/**
 * Checks a signed summary without any database. Every byte of the file is either covered by the
 * signature or refused: the signed JSON must parse in the strict schema, the file must be exactly
 * its rendering of that JSON (JSON, Markdown, or the PDF's pages plus the attachment update),
 * every section must match its digest, and the signature must hold under a trusted key.
 */
export function verifyExport(bytes: Buffer, trusted: TrustedKeys): VerifyResult {
  try {
    return bytes.subarray(0, 5).toString('latin1') === '%PDF-' ? checkPdf(bytes, trusted) : checkText(bytes, trusted);
  } catch {
    // Nothing above should throw; if something does, the file is still not shown as valid.
    return result('tampered', 'The file could not be checked: it is damaged or not as Liaison writes it.', { parts: ['file'] });
  }
}
