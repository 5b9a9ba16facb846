import { z } from 'zod';
import { keyed } from '../messages/zod-issues';
import { recordChannels } from '../ipc/record-channels';
import { SimilarNamesQuery, SimilarRecords } from './similar-names';
import { AltName, Id, IsoDate, ListPageRequest, RowMeta, SortDir, UpdateOf, optionalText, requiredText } from './common';

const Email = z
  .string()
  .trim()
  .max(320)
  .refine((value) => value === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), keyed('field.email'));

export const PersonInput = z.object({
  name: requiredText('Name', 200),
  altNames: z.array(AltName).max(10).default([]),
  title: optionalText(200).default(''),
  organisationId: Id.nullable().default(null),
  email: Email.default(''),
  phone: z.string().trim().max(50).default(''),
  notes: optionalText().default(''),
});
export type PersonInput = z.input<typeof PersonInput>;
export type PersonValues = z.output<typeof PersonInput>;

/** One stretch of a person's working life at one organisation (experts who moved Kakao → Upstage). */
export const Affiliation = z.object({
  organisationId: Id,
  organisationName: z.string(),
  title: z.string(),
  startedOn: IsoDate.nullable(),
  endedOn: IsoDate.nullable(),
});
export type Affiliation = z.infer<typeof Affiliation>;

export const Person = PersonInput.extend({
  id: Id,
  organisationName: z.string().nullable(),
  affiliations: z.array(Affiliation),
}).merge(RowMeta);
export type Person = z.infer<typeof Person>;

export const PersonQuery = ListPageRequest.extend({
  search: z.string().trim().max(200).default(''),
  organisationId: Id.optional(),
  sort: z.enum(['name', 'organisation', 'updatedAt']).default('name'),
  dir: SortDir.default('asc'),
});
export type PersonQuery = z.input<typeof PersonQuery>;

export const PersonUpdate = UpdateOf(PersonInput).extend({
  /** When the organisation changes, the day the move happened (defaults to today). */
  movedOn: IsoDate.optional(),
});
export type PersonUpdate = z.input<typeof PersonUpdate>;

/** The people register's channels. */
export const personChannels = {
  ...recordChannels('people', { query: PersonQuery, input: PersonInput, update: PersonUpdate, record: Person }),
  /** Likely duplicates of a name being typed, for the form's warning. */
  'people:similar': { input: SimilarNamesQuery, output: SimilarRecords },
} as const;
