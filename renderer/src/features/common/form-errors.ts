import type { FieldIssue } from '../../../../shared/errors';

/** A form's errors: message by field path (`title`, `parties.1.organisationId`). */
export type FieldErrors = Record<string, string>;

type ZodLikeIssue = { path: ReadonlyArray<PropertyKey>; message: string };

export function pathKey(path: ReadonlyArray<PropertyKey>): string {
  return path.map(String).join('.');
}

/** First message per path wins (it is usually the most basic one, e.g. "required"). */
export function zodIssuesToErrors(issues: readonly ZodLikeIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = pathKey(issue.path);
    errors[key] ??= issue.message;
  }
  return errors;
}

export function fieldIssuesToErrors(issues: readonly FieldIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) errors[issue.path] ??= issue.message;
  return errors;
}

/** Errors under `prefix.` with the prefix removed (for sub-editors). */
export function errorsUnder(errors: FieldErrors, prefix: string): FieldErrors {
  const out: FieldErrors = {};
  const start = `${prefix}.`;
  for (const [key, message] of Object.entries(errors)) {
    if (key.startsWith(start)) out[key.slice(start.length)] = message;
  }
  return out;
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}

let keySeq = 0;
/** Stable React keys for rows added in a form. */
export function newKey(): string {
  keySeq += 1;
  return `k${keySeq}`;
}
