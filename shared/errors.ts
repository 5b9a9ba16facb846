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

/** One problem with one field, addressed by its path in the input (e.g. `parties.1.organisationId`). */
export type FieldIssue = { path: string; message: string };

export type ErrorShape = {
  code: ErrorCode;
  message: string;
  /** Field-level problems for VALIDATION; reasons for ILLEGAL_TRANSITION. */
  issues?: FieldIssue[];
};

/** Thrown by services for expected failures; `register` turns it into an `{ ok: false }` envelope. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[] | undefined;

  constructor(code: ErrorCode, message: string, issues?: FieldIssue[]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = issues;
  }

  toShape(): ErrorShape {
    return this.issues?.length
      ? { code: this.code, message: this.message, issues: this.issues }
      : { code: this.code, message: this.message };
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorShape };
