import type { FieldIssue, MessageParams } from '../../../../shared/errors';
import { fieldIssuesFromZod } from '../../../../shared/messages/zod-issues';
import { getLocale, translateMessage } from '../../i18n';

/** A form's errors: translated message by field path (`title`, `parties.1.organisationId`). */
export type FieldErrors = Record<string, string>;

type ZodLikeIssue = { path: ReadonlyArray<PropertyKey>; message: string };

/**
 * One issue in the user's language: its key and parameters translated, or its English message when
 * the key is unknown here (an older main sends issues with no key at all).
 */
export function issueText(issue: { key?: string; params?: MessageParams; message: string }): string {
  return translateMessage(getLocale().ui, issue.key, issue.params, issue.message);
}

export function pathKey(path: ReadonlyArray<PropertyKey>): string {
  return path.map(String).join('.');
}

/**
 * The form's own check with the shared schemas, through the same mapping main uses for its
 * VALIDATION issues, so a field reads the same whichever side caught the problem.
 */
export function zodIssuesToErrors(issues: readonly ZodLikeIssue[]): FieldErrors {
  return fieldIssuesToErrors(fieldIssuesFromZod(issues));
}

/** First message per path wins (it is usually the most basic one, e.g. "required"). */
export function fieldIssuesToErrors(issues: readonly FieldIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) errors[issue.path] ??= issueText(issue);
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
