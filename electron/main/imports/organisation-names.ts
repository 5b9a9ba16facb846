import type { OrganisationKind } from '../../../shared/models/organisation';

/**
 * What the import adds to the shared name normaliser (`shared/name-key.ts`): the kind a new
 * organisation gets from its name.
 */

const KINDS: Array<[RegExp, OrganisationKind]> = [
  [/\b(?:faculty|school of|department|college of|graduate school)\b|학부|단과대학|대학원|学部|院系|學系/i, 'faculty'],
  [/\b(?:university|universit|college|institute of technology|polytechnic|academy)\b|대학교|대학|大学|大學|学院|學院/i, 'university'],
  [/\b(?:city|metropolitan|municipal|prefecture|province)\b|특별시|광역시|시청|市政府|市人民政府/i, 'city'],
  [/\b(?:ministry|government|agency|authority|council|administration|bureau)\b|부처|진흥원|공단|정부|政府|局|部委/i, 'government_agency'],
  [/\b(?:accelerator|incubator)\b|액셀러레이터|창업보육|孵化器|加速器/i, 'accelerator'],
  [/\b(?:inc|corp|corporation|company|co|ltd|limited|llc|gmbh|plc|group|holdings)\b|주식회사|\(주\)|㈜|有限公司|股份|公司|集团/i, 'company'],
];

/** The kind a new organisation gets from its name alone; "other" when the name does not say. */
export function guessOrganisationKind(name: string): OrganisationKind {
  return KINDS.find(([pattern]) => pattern.test(name.normalize('NFKC')))?.[1] ?? 'other';
}
