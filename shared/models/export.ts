import { z } from 'zod';
import { keyed } from '../messages/zod-issues';
import { AgreementQuery } from './agreement';
import { Id } from './common';

/** A file main produced for the user to save (or a browser to download). */
export const FileOut = z.object({
  fileName: z.string(),
  mediaType: z.string(),
  contentBase64: z.string(),
});
export type FileOut = z.infer<typeof FileOut>;

/** A file main writes while it is downloaded: its name, and the one-use path the window fetches it at. */
export const FileLink = z.object({
  fileName: z.string(),
  mediaType: z.string(),
  url: z.string().regex(/^\/downloads\/[0-9a-f]{64}$/),
});
export type FileLink = z.infer<typeof FileLink>;

export const KeyInfo = z.object({
  keyId: z.string(),
  /** SHA-256 of the public key, grouped for reading aloud over the phone. */
  fingerprint: z.string(),
  publicKeyPem: z.string(),
  label: z.string(),
  origin: z.enum(['own', 'imported']),
  active: z.boolean(),
  createdAt: z.string(),
  retiredAt: z.string().nullable(),
  /** Where our private key is kept: the OS keychain (Electron safeStorage) or a user-only file. */
  protection: z.enum(['os-keychain', 'file', 'none', 'damaged']),
});
export type KeyInfo = z.infer<typeof KeyInfo>;

export const KeyImport = z.object({
  label: z.string().trim().min(1, keyed('key.labelRequired')).max(200),
  content: z.string().min(1).max(20_000),
});

export const SUMMARY_FORMATS = ['json', 'markdown', 'pdf'] as const;
export const SummaryExport = z.object({ agreementId: Id, format: z.enum(SUMMARY_FORMATS) });

export const RegisterExport = AgreementQuery.omit({ offset: true, limit: true }).extend({
  format: z.enum(['csv', 'markdown']),
});
export type RegisterExport = z.input<typeof RegisterExport>;

export const VerifyInput = z.object({
  fileName: z.string().max(300).default('export'),
  contentBase64: z.string().min(1).max(40_000_000),
});

export const VERIFY_STATUSES = ['valid', 'tampered', 'unknown_key', 'not_liaison'] as const;
/** Whose key a trusted signature is: this office's, a partner's imported here, or one given to the CLI. */
export const SIGNER_ORIGINS = ['own', 'imported', 'key-file'] as const;
export const VERIFIED_FILE_KINDS = ['json', 'markdown', 'pdf'] as const;

export const VerifyResult = z.object({
  status: z.enum(VERIFY_STATUSES),
  message: z.string(),
  keyId: z.string().nullable(),
  signedAt: z.string().nullable(),
  title: z.string().nullable(),
  /** For "tampered": the parts that no longer match their signed digests. */
  parts: z.array(z.string()),
  /** For "valid": the trusted key that signed it, by the name it was trusted under. */
  signer: z
    .object({
      label: z.string(),
      origin: z.enum(SIGNER_ORIGINS),
      /** When that key was retired, if it has been since: it signed this before then. */
      retiredAt: z.string().nullable().optional(),
    })
    .nullable(),
  /** The signing key's fingerprint (for "valid" and "unknown_key"), to compare with the office's. */
  fingerprint: z.string().nullable(),
  /** For "valid": the signed SHA-256 of each section, to compare with the digests on a printed copy. */
  digests: z.array(z.object({ section: z.string(), sha256: z.string() })),
  /** Which rendering of a signed summary the file is, once it is recognised as one. */
  fileKind: z.enum(VERIFIED_FILE_KINDS).nullable(),
});
export type VerifyResult = z.infer<typeof VerifyResult>;
