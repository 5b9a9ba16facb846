import { z } from 'zod';
import { englishMessage, type FieldIssue } from '../errors';
import { isMessageKey, type MessageKey } from './en';
import type { MessageParams } from './message';

/**
 * Zod carries one string per issue, so a schema's message is a catalog key, with any parameters of
 * its own as JSON after a space: `field.required {"label":"Title"}`. The numbers of built-in checks
 * (a maximum, a minimum) come from the issue itself. This file is the one place that reads them back.
 */
function encode(key: MessageKey, params?: MessageParams): string {
  return params && Object.keys(params).length ? `${key} ${JSON.stringify(params)}` : key;
}

/** A schema message: `.max(200, keyed('field.labelTooLong', { label: 'Name' }))`. */
export function keyed(key: MessageKey, params?: MessageParams): { message: string } {
  return { message: encode(key, params) };
}

/** The same as a plain string, for `ctx.addIssue({ message })`. */
export function keyedMessage(key: MessageKey, params?: MessageParams): string {
  return encode(key, params);
}

function decode(message: string): { key: MessageKey; params: MessageParams } | null {
  const space = message.indexOf(' ');
  const key = space === -1 ? message : message.slice(0, space);
  if (!isMessageKey(key)) return null;
  if (space === -1) return { key, params: {} };
  try {
    const params: unknown = JSON.parse(message.slice(space + 1));
    return params && typeof params === 'object' && !Array.isArray(params) ? { key, params: params as MessageParams } : null;
  } catch {
    return null;
  }
}

/** What zod reports, raw (to the error map) or finished (on `error.issues`); only the fields we read. */
type ZodLikeIssue = {
  code?: string;
  path: ReadonlyArray<PropertyKey>;
  message?: string;
  origin?: string;
  maximum?: number | bigint;
  minimum?: number | bigint;
  expected?: string;
  format?: string;
  keys?: readonly string[];
  input?: unknown;
};

/** The numbers a built-in check was about, as parameters every size message may use. */
function checkNumbers(issue: ZodLikeIssue): MessageParams {
  const params: Record<string, number> = {};
  if (issue.maximum !== undefined) params.max = Number(issue.maximum);
  if (issue.minimum !== undefined) params.min = Number(issue.minimum);
  return params;
}

const COLLECTIONS = new Set(['array', 'set', 'map']);

/** The key for one of zod's own checks, used when the schema gave no message of its own. */
export function builtInIssueKey(issue: ZodLikeIssue): { key: MessageKey; params: MessageParams } {
  const numbers = checkNumbers(issue);
  switch (issue.code) {
    case 'too_big':
      if (issue.origin === 'string') return { key: 'field.tooLong', params: numbers };
      return { key: COLLECTIONS.has(issue.origin ?? '') ? 'field.tooMany' : 'field.tooLarge', params: numbers };
    case 'too_small':
      if (issue.origin === 'string') return { key: 'field.tooShort', params: numbers };
      return { key: COLLECTIONS.has(issue.origin ?? '') ? 'field.tooFew' : 'field.tooSmall', params: numbers };
    case 'invalid_type':
      if (issue.expected === 'int') return { key: 'field.wholeNumber', params: {} };
      return { key: 'input' in issue && issue.input === undefined ? 'field.missing' : 'field.wrongType', params: {} };
    case 'invalid_value':
      return { key: 'field.choose', params: {} };
    case 'invalid_format':
      return { key: issue.format === 'safeint' ? 'field.wholeNumber' : 'field.invalidFormat', params: {} };
    case 'unrecognized_keys': {
      const names = issue.keys ?? [];
      return { key: 'field.unknownFields', params: { count: names.length, names: names.join(', ') } };
    }
    default:
      return { key: 'field.invalid', params: {} };
  }
}

// Zod's own checks answer with keys too, so no English sentence of zod's reaches a user. Set once,
// here, because every schema imports `models/common`, which imports this file.
z.config({
  customError: (issue) => {
    const { key, params } = builtInIssueKey(issue as ZodLikeIssue);
    return encode(key, params);
  },
});

/**
 * One zod issue as a field issue: its key and parameters (the schema's own, plus the numbers of the
 * check), and the English sentence. A message that is not a key (a form's own wording, put in place
 * of the schema's) is kept as it is.
 */
export function fieldIssueFromZod(issue: ZodLikeIssue): FieldIssue {
  const path = issue.path.map(String).join('.');
  const message = issue.message ?? '';
  const decoded = decode(message) ?? (message ? { key: 'message.plain' as const, params: { text: message } } : builtInIssueKey(issue));
  const params = { ...checkNumbers(issue), ...decoded.params };
  const withParams = Object.keys(params).length > 0;
  return withParams
    ? { path, key: decoded.key, params, message: englishMessage(decoded.key, params) }
    : { path, key: decoded.key, message: englishMessage(decoded.key) };
}

export function fieldIssuesFromZod(issues: readonly ZodLikeIssue[]): FieldIssue[] {
  return issues.map(fieldIssueFromZod);
}
