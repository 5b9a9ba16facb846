import { z } from 'zod';
import { isCountryCode } from '../countries';
import { isCurrencyCode } from '../currencies';
import { keyed } from '../messages/zod-issues';

/** Text UUIDv7 identities, generated in main (time-ordered, never reused, ready for sync later). */
export const Id = z.uuid(keyed('field.invalidId'));
export type Id = z.infer<typeof Id>;

/** Calendar date, `YYYY-MM-DD`. */
export const IsoDate = z.iso.date(keyed('field.date'));
export type IsoDate = z.infer<typeof IsoDate>;

/** A moment in time, UTC ISO 8601. */
export const Timestamp = z.iso.datetime({ offset: true });

/** An assigned ISO 3166-1 alpha-2 code (`shared/countries.ts`): "XX", or "KO" cut from "Korea", is refused. */
export const CountryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, keyed('field.countryCode'))
  .refine((code) => !/^[A-Z]{2}$/.test(code) || isCountryCode(code), keyed('field.countryUnknown'));

/** An ISO 4217 currency an amount may be in (`shared/currencies.ts`): "XYZ" is refused at the field. */
export const CurrencyCode = z
  .string()
  .regex(/^[A-Z]{3}$/, keyed('field.currencyCode'))
  .refine((code) => !/^[A-Z]{3}$/.test(code) || isCurrencyCode(code), keyed('field.currencyUnknown'));

/** Trimmed, single-line-ish text with a clear message when empty. */
export function requiredText(label: string, max = 300) {
  return z
    .string()
    .trim()
    .min(1, keyed('field.required', { label }))
    .max(max, keyed('field.labelTooLong', { label }));
}

export function optionalText(max = 5000) {
  return z.string().trim().max(max, keyed('field.tooLong'));
}

/** A name in another script or language (카이스트, 香港科技大學). */
export const AltName = z.object({
  name: requiredText('Name', 300),
  lang: z.string().trim().max(20).default(''),
});
export type AltName = z.infer<typeof AltName>;

/** Row bookkeeping every shared table carries (created/updated, who, tombstone). */
export const RowMeta = z.object({
  createdAt: Timestamp,
  updatedAt: Timestamp,
  updatedBy: z.string(),
});

export const SortDir = z.enum(['asc', 'desc']);

export const PageRequest = z.object({
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(50),
});

/** A record list's page: `after` is the previous page's `next`, so a deep page seeks there instead of counting off `offset` rows. */
export const ListPageRequest = PageRequest.extend({ after: z.string().max(2000).optional() });

export function Page<T extends z.ZodType>(row: T) {
  return z.object({ rows: z.array(row), total: z.number().int().min(0), next: z.string().optional() });
}
/** `next`, when there may be more rows, continues the same list and order on the following page. */
export type Page<T> = { rows: T[]; total: number; next?: string };

export const ById = z.object({ id: Id });

/** Why a record was removed, corrected or put back: kept in its history beside the change. */
export const Reason = requiredText('Reason', 1000);

/** A record removed from the register, with why (a tombstone, its reason in the history). */
export const RecordRemoval = z.object({ id: Id, reason: Reason });
export type RecordRemoval = z.input<typeof RecordRemoval>;

/** What a delete answers: the id of the record now tombstoned. */
export const Deleted = z.object({ id: z.string() });

/**
 * An edit of a whole record. `expectedUpdatedAt` is the `updatedAt` the editor started from
 * (optimistic concurrency): if the record moved on since, main refuses the save.
 */
export function UpdateOf<T extends z.ZodType>(values: T) {
  return z.object({ id: Id, expectedUpdatedAt: z.string().optional(), values });
}
