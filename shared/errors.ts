import { enErrors, isMessageKey, type MessageKey } from './messages/en';
import { formatMessage, type MessageParams } from './messages/message';

export type { MessageKey } from './messages/en';
export type { MessageParams } from './messages/message';

/**
 * The closed set of error codes that may cross the IPC boundary. Anything else a handler throws is
 * reported as INTERNAL with a generic message: stack traces and SQL never reach the renderer.
 */
export const ERROR_CODES = [
  'NOT_FOUND',
  'VALIDATION',
  'CONFLICT',
  'ILLEGAL_TRANSITION',
  'TAMPERED',
  'IO',
  'UNAUTHORIZED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * One problem with one field, addressed by its path in the input (e.g. `parties.1.organisationId`).
 * `key` + `params` are what the renderer translates; `message` is the same sentence in English, for
 * the CLI, logs and tests (and for a renderer newer than the main that sent it).
 */
export type FieldIssue = { path: string; key: MessageKey; params?: MessageParams; message: string };

export type ErrorShape = {
  code: ErrorCode;
  /** Absent only from a main that predates translated errors; then `message` is all there is. */
  key?: MessageKey;
  params?: MessageParams;
  message: string;
  /** Field-level problems for VALIDATION; reasons for ILLEGAL_TRANSITION. */
  issues?: FieldIssue[];
};

/** The English sentence for `key`; a key the catalog lacks (a programming slip) is shown as itself. */
export function englishMessage(key: string, params: MessageParams = {}): string {
  return isMessageKey(key) ? formatMessage(enErrors[key], params, 'en') : key;
}

/** A field issue with its English sentence filled in. */
export function fieldIssue(path: string, key: MessageKey, params?: MessageParams): FieldIssue {
  return params ? { path, key, params, message: englishMessage(key, params) } : { path, key, message: englishMessage(key) };
}

/** Thrown by services for expected failures; `register` turns it into an `{ ok: false }` envelope. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly key: MessageKey;
  readonly params: MessageParams | undefined;
  readonly issues: FieldIssue[] | undefined;

  /** `message` is filled from the English catalog, so every error a user sees can be translated. */
  constructor(code: ErrorCode, key: MessageKey, params?: MessageParams, issues?: FieldIssue[]) {
    super(englishMessage(key, params));
    this.name = 'AppError';
    this.code = code;
    this.key = key;
    this.params = params;
    this.issues = issues;
  }

  /** Rebuilds an error that crossed a boundary (the CLI re-throwing a failed call's envelope). */
  static fromShape(shape: ErrorShape): AppError {
    return shape.key
      ? new AppError(shape.code, shape.key, shape.params, shape.issues)
      : new AppError(shape.code, 'message.plain', { text: shape.message }, shape.issues);
  }

  toShape(): ErrorShape {
    const shape: ErrorShape = { code: this.code, key: this.key, message: this.message };
    if (this.params) shape.params = this.params;
    if (this.issues?.length) shape.issues = this.issues;
    return shape;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorShape };
