import type { RecordEntity } from '../features/record-types';

/**
 * Kinds main names in `db:changed` that are not record types with pages of their own: the documents
 * and signing records kept around agreements, the office's keys, imports of register files and outcome links.
 */
export const OTHER_ENTITIES = ['document', 'signing', 'key', 'import', 'outcome'] as const;

/** What a change is to, as main names it in `db:changed`; a query says which of these it reads. */
export type Entity = RecordEntity | (typeof OTHER_ENTITIES)[number];
