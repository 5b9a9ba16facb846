import { enErrors } from '../../../shared/messages/en';
import { enAgreements } from './en-agreements';
import { enBackups } from './en-backups';
import { enDeleted } from './en-deleted';
import { enCommon } from './en-common';
import { enDirectory } from './en-directory';
import { enEvents } from './en-events';
import { enEvidence } from './en-evidence';
import { enImports } from './en-imports';
import { enPlacements } from './en-placements';
import { enPrograms } from './en-programs';
import { enReports } from './en-reports';
import { enResearch } from './en-research';
import { enTerms } from './en-terms';
import { enTrust } from './en-trust';

/** The catalog's parts, one per area: a new area's file is added here and nowhere else. */
export const EN_PARTS = [enCommon, enAgreements, enDirectory, enEvidence, enTrust, enBackups, enDeleted, enPrograms, enPlacements, enImports, enResearch, enEvents, enReports, enTerms, enErrors] as const;

type Merged<T extends readonly object[]> = T extends readonly [infer Head, ...infer Rest extends readonly object[]] ? Head & Merged<Rest> : unknown;

/**
 * The English catalog: every user-visible string, kept in one file per area and merged here. Other
 * catalogs may only use these keys. Main's error messages come from shared (`enErrors`), so what
 * main says can be translated here like anything else.
 */
export const en = Object.assign({}, ...EN_PARTS) as Merged<typeof EN_PARTS>;
