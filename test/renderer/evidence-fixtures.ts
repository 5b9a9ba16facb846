import type { DocumentVersion, RecordDocument } from '../../shared/models/document';
import type { KeyInfo, VerifyResult } from '../../shared/models/export';
import type { SigningRecord } from '../../shared/models/signing';
import { AGREEMENT_1, ORG_KAIST, PERSON_LEE } from './fixtures';

export const DOC_1 = '0190f1a2-0000-7000-8000-000000000401';
export const VERSION_1 = '0190f1a2-0000-7000-8000-000000000411';
export const VERSION_2 = '0190f1a2-0000-7000-8000-000000000412';
export const RECORD_1 = '0190f1a2-0000-7000-8000-000000000501';
export const HASH_A = 'a'.repeat(8) + '0123456789abcdef'.repeat(3) + 'f'.repeat(8);
export const HASH_B = '3f2a9c41' + 'b'.repeat(48) + 'e5d6c7b8';
const AT = '2026-01-12T03:00:00.000Z';

export function version(id: string, n: number, extra: Partial<DocumentVersion> = {}): DocumentVersion {
  return {
    id,
    version: n,
    sha256: HASH_A,
    fileName: `mou-v${n}.pdf`,
    mediaType: 'application/pdf',
    size: 48_213,
    signed: false,
    uploadedBy: 'kim',
    uploadedAt: AT,
    ...extra,
  };
}

/** One MOU with a signed second version over an unsigned draft. */
export function mouDocument(): RecordDocument {
  return {
    id: DOC_1,
    owner: { kind: 'agreement', id: AGREEMENT_1 },
    title: 'Signed MOU',
    language: 'ko',
    versions: [version(VERSION_2, 2, { sha256: HASH_B, fileName: 'mou-signed.pdf', signed: true }), version(VERSION_1, 1)],
  };
}

export function signingRecord(extra: Partial<SigningRecord> = {}): SigningRecord {
  return {
    id: RECORD_1,
    seq: 1,
    agreementId: AGREEMENT_1,
    documentVersionId: VERSION_2,
    documentSha256: HASH_B,
    partyOrganisationId: ORG_KAIST,
    partyName: 'KAIST',
    signatoryPersonId: PERSON_LEE,
    signatoryName: 'Lee Kwang-hyung',
    signedOn: '2017-08-14',
    place: 'Daejeon',
    method: 'wet_ink',
    eventId: null,
    correctsId: null,
    note: '',
    recordedBy: 'kim',
    recordedAt: AT,
    deviceId: 'device-1',
    prevHash: '0'.repeat(64),
    hash: HASH_A,
    keyId: '0123456789abcdef',
    signature: 'c2lnbmF0dXJl',
    ...extra,
  };
}

export function keyInfo(extra: Partial<KeyInfo> = {}): KeyInfo {
  return {
    keyId: '9f86d081884c7d65',
    fingerprint: '9F86 D081 884C 7D65 9A2F EAA0 C55A D015 A3BF 4F1B 2B0B 822C D15D 6C15 B0F0 0A08',
    publicKeyPem: '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA\n-----END PUBLIC KEY-----\n',
    label: 'Office key',
    origin: 'own',
    active: true,
    createdAt: '2026-01-02T01:00:00.000Z',
    retiredAt: null,
    protection: 'os-keychain',
    ...extra,
  };
}

export function verifyResult(extra: Partial<VerifyResult>): VerifyResult {
  return {
    status: 'valid',
    message: '',
    keyId: '9f86d081884c7d65',
    signedAt: '2026-02-03T04:05:00.000Z',
    title: 'AI research cooperation',
    parts: [],
    signer: { label: 'Office key', origin: 'own' },
    fingerprint: '9F86 D081 884C 7D65 9A2F EAA0 C55A D015 A3BF 4F1B 2B0B 822C D15D 6C15 B0F0 0A08',
    digests: [{ section: 'agreement', sha256: 'a'.repeat(64) }],
    fileKind: 'json',
    ...extra,
  };
}
