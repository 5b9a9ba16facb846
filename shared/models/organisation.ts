import { z } from 'zod';
import { keyed } from '../messages/zod-issues';
import { recordChannels } from '../ipc/record-channels';
import { SimilarNamesQuery, SimilarRecords } from './similar-names';
import {
  AltName,
  CountryCode,
  Id,
  ListPageRequest,
  RowMeta,
  SortDir,
  UpdateOf,
  optionalText,
  requiredText,
} from './common';

export const ORGANISATION_KINDS = [
  'university',
  'faculty',
  'company',
  'startup',
  'government_agency',
  'city',
  'accelerator',
  'other',
] as const;
export const OrganisationKind = z.enum(ORGANISATION_KINDS, keyed('organisation.kindRequired'));
export type OrganisationKind = z.infer<typeof OrganisationKind>;

const Website = z
  .string()
  .trim()
  .max(500)
  .refine((value) => value === '' || /^https?:\/\/[^\s]+\.[^\s]+$/i.test(value), keyed('field.website'));

export const OrganisationInput = z.object({
  name: requiredText('Name', 200),
  altNames: z.array(AltName).max(10).default([]),
  kind: OrganisationKind,
  country: CountryCode.or(z.literal('')).default(''),
  parentId: Id.nullable().default(null),
  website: Website.default(''),
  notes: optionalText().default(''),
});
export type OrganisationInput = z.input<typeof OrganisationInput>;
export type OrganisationValues = z.output<typeof OrganisationInput>;

export const Organisation = OrganisationInput.extend({
  id: Id,
  parentName: z.string().nullable(),
  agreementCount: z.number().int(),
}).merge(RowMeta);
export type Organisation = z.infer<typeof Organisation>;

export const OrganisationQuery = ListPageRequest.extend({
  search: z.string().trim().max(200).default(''),
  kind: OrganisationKind.optional(),
  country: CountryCode.optional(),
  sort: z.enum(['name', 'kind', 'country', 'updatedAt']).default('name'),
  dir: SortDir.default('asc'),
});
export type OrganisationQuery = z.input<typeof OrganisationQuery>;

export const OrganisationUpdate = UpdateOf(OrganisationInput);
export type OrganisationUpdate = z.input<typeof OrganisationUpdate>;

/** The organisations register's channels (`organisations:list | get | create | update | delete`). */
export const organisationChannels = {
  ...recordChannels('organisations', { query: OrganisationQuery, input: OrganisationInput, update: OrganisationUpdate, record: Organisation }),
  /** Likely duplicates of a name being typed, for the form's warning. */
  'organisations:similar': { input: SimilarNamesQuery, output: SimilarRecords },
} as const;
