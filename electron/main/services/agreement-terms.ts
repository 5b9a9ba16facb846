import type { AgreementKind } from '../../../shared/models/agreement';

/** Reference numbers per kind and year: MOU-2026-014. */
const REFERENCE_PREFIX: Record<AgreementKind, string> = {
  mou: 'MOU',
  moa: 'MOA',
  collaboration: 'COL',
  business: 'BUS',
  contract: 'CON',
  addendum: 'ADD',
  renewal: 'REN',
};

export function referencePrefix(kind: AgreementKind, year: number): string {
  return `${REFERENCE_PREFIX[kind]}-${year}-`;
}
