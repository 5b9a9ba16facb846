import { z } from 'zod';
import { recordChannels } from '../ipc/record-channels';
import { keyed } from '../messages/zod-issues';
import { PreciseDateText } from './agreement';
import { Id, ListPageRequest, RowMeta, SortDir, UpdateOf, optionalText } from './common';

/**
 * A person hired by or joining an organisation, and what it came from: an intern hired by the host,
 * a graduate of a program hired by a partner, an expert moving to a partner. Its own record type
 * (not a placement's field): graduates and experts are hired with no placement at all.
 */
export const HIRE_KINDS = ['intern_hired', 'graduate_hired', 'expert_joined'] as const;
export const HireKind = z.enum(HIRE_KINDS, keyed('field.choose'));
export type HireKind = z.infer<typeof HireKind>;

export const HireInput = z.object({
  personId: Id,
  organisationId: Id,
  /** As precisely as known: a day, a month or a year. */
  hiredOn: PreciseDateText,
  kind: HireKind,
  /** The role taken up ("Research engineer"). */
  title: optionalText(200).default(''),
  agreementId: Id.nullable().default(null),
  programId: Id.nullable().default(null),
  placementId: Id.nullable().default(null),
  notes: optionalText(20000).default(''),
});
export type HireInput = z.input<typeof HireInput>;
export type HireValues = z.output<typeof HireInput>;

export const Hire = z
  .object({
    id: Id,
    personId: Id,
    personName: z.string(),
    organisationId: Id,
    organisationName: z.string(),
    hiredOn: PreciseDateText,
    kind: HireKind,
    title: z.string(),
    agreementId: Id.nullable(),
    agreementTitle: z.string().nullable(),
    programId: Id.nullable(),
    programName: z.string().nullable(),
    placementId: Id.nullable(),
    notes: z.string(),
  })
  .merge(RowMeta);
export type Hire = z.infer<typeof Hire>;

export const HIRE_SORTS = ['hiredOn', 'updatedAt'] as const;

export const HireQuery = ListPageRequest.extend({
  search: z.string().trim().max(200).default(''),
  personId: Id.optional(),
  organisationId: Id.optional(),
  kind: HireKind.optional(),
  agreementId: Id.optional(),
  programId: Id.optional(),
  placementId: Id.optional(),
  sort: z.enum(HIRE_SORTS).default('hiredOn'),
  dir: SortDir.default('desc'),
});
export type HireQuery = z.input<typeof HireQuery>;

export const HireUpdate = UpdateOf(HireInput);
export type HireUpdate = z.input<typeof HireUpdate>;

/** The hires register's channels. */
export const hireChannels = recordChannels('hires', { query: HireQuery, input: HireInput, update: HireUpdate, record: Hire });
