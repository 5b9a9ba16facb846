import { z } from 'zod';
import { recordChannels } from '../ipc/record-channels';
import { Id, IsoDate, PageRequest, RowMeta, SortDir, UpdateOf, optionalText, requiredText } from './common';

const NullableDate = IsoDate.nullable().default(null);

/** The order a cohort's dates must keep, each with the field that is wrong when it does not. */
const DATE_ORDER: ReadonlyArray<{ later: IntakeDateField; earlier: IntakeDateField; message: string }> = [
  { later: 'applicationsCloseOn', earlier: 'applicationsOpenOn', message: 'Applications close before they open.' },
  { later: 'screeningEndsOn', earlier: 'screeningStartsOn', message: 'Screening ends before it starts.' },
  { later: 'screeningStartsOn', earlier: 'applicationsOpenOn', message: 'Screening starts before applications open.' },
  { later: 'startsOn', earlier: 'applicationsCloseOn', message: 'The cohort starts before applications close.' },
  { later: 'startsOn', earlier: 'screeningEndsOn', message: 'The cohort starts before screening ends.' },
];
type IntakeDateField = 'applicationsOpenOn' | 'applicationsCloseOn' | 'screeningStartsOn' | 'screeningEndsOn' | 'startsOn';

/** A cohort of a program: when applications are taken and screened, when it starts, how many places. */
export const IntakeInput = z
  .object({
    programId: Id,
    name: requiredText('Name', 200),
    applicationsOpenOn: NullableDate,
    applicationsCloseOn: NullableDate,
    screeningStartsOn: NullableDate,
    screeningEndsOn: NullableDate,
    startsOn: NullableDate,
    places: z
      .number({ message: 'Give the number of places as a whole number.' })
      .int({ message: 'Give the number of places as a whole number.' })
      .min(1, { message: 'An intake has at least one place.' })
      .max(100000, { message: 'At most 100,000 places.' })
      .nullable()
      .default(null),
    notes: optionalText(20000).default(''),
  })
  .superRefine((value, ctx) => {
    for (const rule of DATE_ORDER) {
      const later = value[rule.later];
      const earlier = value[rule.earlier];
      if (later && earlier && later < earlier) ctx.addIssue({ code: 'custom', path: [rule.later], message: rule.message });
    }
  });
export type IntakeInput = z.input<typeof IntakeInput>;
export type IntakeValues = z.output<typeof IntakeInput>;

export const Intake = z
  .object({
    id: Id,
    programId: Id,
    programName: z.string(),
    name: z.string(),
    applicationsOpenOn: IsoDate.nullable(),
    applicationsCloseOn: IsoDate.nullable(),
    screeningStartsOn: IsoDate.nullable(),
    screeningEndsOn: IsoDate.nullable(),
    startsOn: IsoDate.nullable(),
    places: z.number().int().nullable(),
    notes: z.string(),
  })
  .merge(RowMeta);
export type Intake = z.infer<typeof Intake>;

export const INTAKE_SORTS = ['startsOn', 'applicationsCloseOn', 'name', 'updatedAt'] as const;

export const IntakeQuery = PageRequest.extend({
  search: z.string().trim().max(200).default(''),
  programId: Id.optional(),
  /** Only intakes taking applications today. */
  openForApplications: z.boolean().optional(),
  sort: z.enum(INTAKE_SORTS).default('startsOn'),
  dir: SortDir.default('asc'),
});
export type IntakeQuery = z.input<typeof IntakeQuery>;

export const IntakeUpdate = UpdateOf(IntakeInput);
export type IntakeUpdate = z.input<typeof IntakeUpdate>;

/** The intakes register's channels. */
export const intakeChannels = recordChannels('intakes', { query: IntakeQuery, input: IntakeInput, update: IntakeUpdate, record: Intake });
