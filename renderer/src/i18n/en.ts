import { enErrors } from '../../../shared/messages/en';
import { enAgreements } from './en-agreements';
import { enCommon } from './en-common';
import { enDirectory } from './en-directory';
import { enEvidence } from './en-evidence';
import { enTrust } from './en-trust';

/**
 * The English catalog: every user-visible string, kept in one file per area and merged here. Other
 * catalogs may only use these keys. Main's error messages come from shared (`enErrors`), so what
 * main says can be translated here like anything else.
 */
export const en = {
  ...enCommon,
  ...enAgreements,
  ...enDirectory,
  ...enEvidence,
  ...enTrust,
  ...enErrors,
} as const;
