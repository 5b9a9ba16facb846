import { z } from 'zod';
import { recordChannels } from '../ipc/record-channels';
import { AmountMinor, checkAmountBound } from './money-input';
import { CurrencyCode, Id, IsoDate, PageRequest, RowMeta, SortDir, UpdateOf, optionalText, requiredText } from './common';

/** What a scholarship pays for: tuition, a stipend or the internship salary, anything else. */
export const SCHOLARSHIP_COMPONENTS = ['tuition', 'stipend', 'other'] as const;
export const ScholarshipComponentKind = z.enum(SCHOLARSHIP_COMPONENTS, { message: 'Choose what this part of the scholarship pays for.' });
export type ScholarshipComponentKind = z.infer<typeof ScholarshipComponentKind>;

/** A stretch of a program: a year of study on a campus or online, a year's internship at a partner. */
export const ProgramPhase = z.object({
  name: requiredText('Phase name', 200),
  months: z
    .number({ message: 'Give the length in whole months.' })
    .int({ message: 'Give the length in whole months.' })
    .min(1, { message: 'A phase lasts at least one month.' })
    .max(120, { message: 'A phase lasts at most 120 months.' })
    .nullable()
    .default(null),
  /** Where it happens, as people say it ("Online or the Guangzhou campus", "Upstage, Seoul"). */
  place: optionalText(300).default(''),
});
export type ProgramPhase = z.infer<typeof ProgramPhase>;

/** One part of the scholarship, in integer minor units of its own currency (KRW has none, HKD has cents). */
export const ScholarshipComponentInput = z
  .object({
    kind: ScholarshipComponentKind,
    description: optionalText(500).default(''),
    amountMinor: AmountMinor,
    currency: CurrencyCode,
  })
  .superRefine(checkAmountBound);
export type ScholarshipComponentInput = z.input<typeof ScholarshipComponentInput>;
export type ScholarshipComponent = z.output<typeof ScholarshipComponentInput>;

function noRepeats(ids: readonly string[], ctx: z.RefinementCtx, field: string, message: string): void {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [field, index], message });
    seen.add(id);
  });
}

export const ProgramInput = z
  .object({
    name: requiredText('Name', 300),
    summary: optionalText(5000).default(''),
    /** Who may apply, in the office's words ("graduates of computer science or mathematics-related majors"). */
    eligibility: optionalText(2000).default(''),
    /** The fields of study it is open to, as short tags (for finding programs by field). */
    fields: z.array(z.string().trim().min(1).max(100)).max(30).default([]),
    phases: z.array(ProgramPhase).max(20, { message: 'At most 20 phases.' }).default([]),
    /** The organisations that pay for or host it. */
    sponsorIds: z.array(Id).max(20, { message: 'At most 20 sponsors.' }).default([]),
    /** The agreements that create it. */
    agreementIds: z.array(Id).max(20, { message: 'At most 20 agreements.' }).default([]),
    scholarship: z.array(ScholarshipComponentInput).max(20, { message: 'At most 20 scholarship parts.' }).default([]),
    notes: optionalText(20000).default(''),
  })
  .superRefine((value, ctx) => {
    noRepeats(value.sponsorIds, ctx, 'sponsorIds', 'This organisation is already a sponsor.');
    noRepeats(value.agreementIds, ctx, 'agreementIds', 'This agreement is already linked.');
  });
export type ProgramInput = z.input<typeof ProgramInput>;
export type ProgramValues = z.output<typeof ProgramInput>;

/** A record a program points at, with the name it shows. */
export const ProgramLink = z.object({ id: Id, name: z.string() });
export type ProgramLink = z.infer<typeof ProgramLink>;

/** A sum of one currency: scholarship totals are per currency, never added across currencies. */
export const MoneyTotal = z.object({ currency: z.string(), amountMinor: z.number().int() });
export type MoneyTotal = z.infer<typeof MoneyTotal>;

export const Program = z
  .object({
    id: Id,
    name: z.string(),
    summary: z.string(),
    eligibility: z.string(),
    fields: z.array(z.string()),
    phases: z.array(ProgramPhase),
    sponsorIds: z.array(Id),
    agreementIds: z.array(Id),
    scholarship: z.array(ScholarshipComponentInput),
    notes: z.string(),
    sponsors: z.array(ProgramLink),
    agreements: z.array(ProgramLink),
    /** The phases' months added up; null while any phase has no length. */
    totalMonths: z.number().int().nullable(),
    scholarshipTotals: z.array(MoneyTotal),
    intakeCount: z.number().int(),
    /** When the most recent intake starts (or started). */
    latestStartOn: IsoDate.nullable(),
  })
  .merge(RowMeta);
export type Program = z.infer<typeof Program>;

export const PROGRAM_SORTS = ['name', 'updatedAt'] as const;

export const ProgramQuery = PageRequest.extend({
  search: z.string().trim().max(200).default(''),
  /** Programs this organisation sponsors. */
  sponsorId: Id.optional(),
  /** Programs this agreement creates. */
  agreementId: Id.optional(),
  sort: z.enum(PROGRAM_SORTS).default('name'),
  dir: SortDir.default('asc'),
});
export type ProgramQuery = z.input<typeof ProgramQuery>;

export const ProgramUpdate = UpdateOf(ProgramInput);
export type ProgramUpdate = z.input<typeof ProgramUpdate>;

/** The programs register's channels. */
export const programChannels = recordChannels('programs', { query: ProgramQuery, input: ProgramInput, update: ProgramUpdate, record: Program });
