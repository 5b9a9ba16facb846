import type { z } from 'zod';
import { AppError, type Envelope, type FieldIssue } from '../../../shared/errors';
import {
  contract,
  isChannel,
  type Channel,
  type ChannelOutput,
  type ChannelParsedInput,
} from '../../../shared/ipc/contract';
import { ILL_FORMED_TEXT_MESSAGE, illFormedTextPaths } from '../../../shared/well-formed-text';

export type Handler<C extends Channel> = (input: ChannelParsedInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

/** One handler per channel: leaving one out, or returning the wrong shape, fails to compile. */
export type HandlerMap = { [C in Channel]: Handler<C> };

export type Dispatch = (channel: unknown, input: unknown) => Promise<Envelope<unknown>>;

export type ErrorLog = (channel: string, error: unknown) => void;

export function zodIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/**
 * The one door into main for every transport: known channel → `input.parse` → handler → envelope.
 * Expected failures keep their code and message; anything else becomes INTERNAL with a plain
 * sentence, and the details go to the log, never to the caller (no stack traces, no SQL).
 */
export function createDispatch(handlers: HandlerMap, log: ErrorLog): Dispatch {
  return async (channel, input) => {
    if (!isChannel(channel)) {
      return { ok: false, error: { code: 'NOT_FOUND', message: 'Unknown request.' } };
    }
    const broken = illFormedTextPaths(input);
    if (broken.length) {
      const issues = broken.map((path) => ({ path, message: ILL_FORMED_TEXT_MESSAGE }));
      return { ok: false, error: { code: 'VALIDATION', message: ILL_FORMED_TEXT_MESSAGE, issues } };
    }
    const parsed = contract[channel].input.safeParse(input ?? {});
    if (!parsed.success) {
      const issues = zodIssues(parsed.error);
      return {
        ok: false,
        // One problem is named outright; several are listed field by field by the form.
        error: { code: 'VALIDATION', message: issues.length === 1 ? issues[0].message : 'Some fields need attention.', issues },
      };
    }
    try {
      const handler = handlers[channel] as (value: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toShape() };
      log(channel, error);
      return {
        ok: false,
        error: { code: 'INTERNAL', message: 'Something went wrong inside Liaison. Nothing was saved.' },
      };
    }
  };
}
