import { enAgreements } from './en-agreements';
import { enCommon } from './en-common';
import { enDirectory } from './en-directory';
import { enEvidence } from './en-evidence';
import { enPrograms } from './en-programs';
import { enTrust } from './en-trust';

/**
 * The English catalog: every user-visible string, kept in one file per area and merged here. Other
 * catalogs may only use these keys.
 */
export const en = {
  ...enCommon,
  ...enAgreements,
  ...enDirectory,
  ...enEvidence,
  ...enPrograms,
  ...enTrust,
} as const;
