import type { z } from 'zod';
import { AppError, englishMessage, fieldIssue, type Envelope, type FieldIssue } from '../../../shared/errors';
import {
  contract,
  isChannel,
  type Channel,
  type ChannelOutput,
  type ChannelParsedInput,
} from '../../../shared/ipc/contract';
import { fieldIssuesFromZod } from '../../../shared/messages/zod-issues';
import { illFormedTextPaths } from '../../../shared/well-formed-text';

export type Handler<C extends Channel> = (input: ChannelParsedInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

/** One handler per channel: leaving one out, or returning the wrong shape, fails to compile. */
export type HandlerMap = { [C in Channel]: Handler<C> };

export type Dispatch = (channel: unknown, input: unknown) => Promise<Envelope<unknown>>;

export type ErrorLog = (channel: string, error: unknown) => void;

/** Zod's issues as field issues: the same mapping the renderer's forms use (`shared/messages/zod-issues`). */
export function zodIssues(error: z.ZodError): FieldIssue[] {
  return fieldIssuesFromZod(error.issues);
}

/**
 * The one door into main for every transport: known channel → `input.parse` → handler → envelope.
 * Expected failures keep their code and message; anything else becomes INTERNAL with a plain
 * sentence, and the details go to the log, never to the caller (no stack traces, no SQL).
 */
export function createDispatch(handlers: HandlerMap, log: ErrorLog): Dispatch {
  return async (channel, input) => {
    if (!isChannel(channel)) {
      return { ok: false, error: { code: 'NOT_FOUND', key: 'request.unknown', message: englishMessage('request.unknown') } };
    }
    const broken = illFormedTextPaths(input);
    if (broken.length) {
      const issues = broken.map((path) => fieldIssue(path, 'text.illFormed'));
      return { ok: false, error: new AppError('VALIDATION', 'text.illFormed', undefined, issues).toShape() };
    }
    const parsed = contract[channel].input.safeParse(input ?? {});
    if (!parsed.success) {
      const issues = zodIssues(parsed.error);
      // One problem is named outright; several are listed field by field by the form.
      const error = issues.length === 1
        ? new AppError('VALIDATION', issues[0].key, issues[0].params, issues)
        : new AppError('VALIDATION', 'validation.several', undefined, issues);
      return { ok: false, error: error.toShape() };
    }
    try {
      const handler = handlers[channel] as (value: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toShape() };
      log(channel, error);
      return {
        ok: false,
        error: new AppError('INTERNAL', 'internal.nothingSaved').toShape(),
      };
    }
  };
}
