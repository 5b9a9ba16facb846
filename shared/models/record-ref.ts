import { z } from 'zod';
import { keyed } from '../messages/zod-issues';
import { Id } from './common';

/**
 * The kinds of record that may own documents (a partner's framework contract, a person's CV, an
 * agreement's MOU). Closed on purpose: a new record type adds its kind here, and main then fails to
 * compile until it says how to find a record of that kind.
 */
export const RECORD_KINDS = ['agreement', 'organisation', 'person', 'program', 'project', 'event', 'application', 'placement', 'award'] as const;
export const RecordKind = z.enum(RECORD_KINDS, keyed('record.kindUnknown'));
export type RecordKind = z.infer<typeof RecordKind>;

/** One record of any kind, by (kind, id): what a document belongs to. */
export const RecordRef = z.object({ kind: RecordKind, id: Id });
export type RecordRef = z.infer<typeof RecordRef>;
