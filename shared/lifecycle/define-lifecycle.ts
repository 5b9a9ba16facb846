import { fieldIssue, type FieldIssue, type MessageParams } from '../errors';

/**
 * Adds the problems a move into one status has beyond being legal (a missing date, a missing
 * signatory). Gets the facts of the record as it would be moved; returns [] when nothing blocks it.
 */
export type LifecycleGuard<F> = (facts: F) => FieldIssue[];

export type LifecycleSpec<S extends string, F extends { status: S }> = {
  /** What the record is called in messages: "agreement" → "The agreement is already active." */
  noun: string;
  /** Every status, in the order people meet them, with the statuses it may move to (in the order offered). */
  moves: { readonly [K in S]: readonly S[] };
  /** Problems a move into a status has beyond being legal, keyed by the status moved into. */
  guards?: { readonly [K in S]?: LifecycleGuard<F> };
  /**
   * The statuses a record entered from the office's records (an old register, a filed copy) may
   * start in directly, besides the first status, each with the problems entering it has. Only such
   * records may: a new one always starts in the first status and moves step by step.
   */
  fromRecords?: { readonly [K in S]?: LifecycleGuard<F> };
};

/** What both sides need from one record type's lifecycle: the renderer to offer moves, main to check them. */
export type Lifecycle<S extends string, F extends { status: S }> = {
  /** Every status, in the order the spec lists them. */
  statuses: readonly S[];
  moves: { readonly [K in S]: readonly S[] };
  /** The statuses `from` may move to, in the order to offer them. */
  next(from: S): readonly S[];
  canMove(from: S, to: S): boolean;
  isFinal(status: S): boolean;
  /** Why `facts` cannot move to `to`, as sentences a user can act on; [] when it can. */
  problems(facts: F, to: S): FieldIssue[];
  /**
   * Why a record cannot be created in `facts.status`; [] when it can. Any record may start in the
   * first status; the statuses of `fromRecords` only when `fromRecords` is true. Issues are at `path`.
   */
  entryProblems(facts: F, fromRecords: boolean, path?: string): FieldIssue[];
  /** The statuses a record entered from records may start in, besides the first. */
  statusesFromRecords: readonly S[];
  /**
   * The shortest run of legal moves from `from` to `to`, not counting `from` ([] when they are the
   * same), or null when `to` cannot be reached. Guards are not consulted: they depend on facts that
   * change along the way. Among equally short runs, the one through earlier-listed moves wins.
   */
  path(from: S, to: S): S[] | null;
  /** Plain English status words for messages built in shared code (the UI uses its own catalog). */
  label(status: S): string;
};

function label(status: string): string {
  return status.replaceAll('_', ' ');
}

/**
 * The parameters of "An agreement that is draft cannot become active." English needs "a" or "an"
 * (an agreement, an application, a placement, a research project); other languages ignore it.
 */
export function moveParams(noun: string, from: string, to: string): MessageParams {
  return { article: /^[aeiou]/i.test(noun) ? 'an' : 'a', noun, from: label(from), to: label(to) };
}

/** A spec that names a status it does not list, or moves a status to itself, is a programming error. */
function checkSpec<S extends string>(moves: { readonly [K in S]: readonly S[] }): void {
  const statuses = Object.keys(moves) as S[];
  for (const from of statuses) {
    for (const to of moves[from]) {
      if (!statuses.includes(to)) throw new Error(`Lifecycle move ${from} → ${to} names a status the lifecycle does not list.`);
      if (to === from) throw new Error(`Lifecycle move ${from} → ${to} goes nowhere.`);
    }
    if (new Set(moves[from]).size !== moves[from].length) throw new Error(`Lifecycle moves from ${from} repeat a status.`);
  }
}

/**
 * Defines a record type's lifecycle once, for main and the renderer alike. The generic sentences
 * ("The agreement is already active.", "An agreement that is draft cannot become active.") come
 * from here, so every record type words them the same way.
 */
export function defineLifecycle<S extends string, F extends { status: S } = { status: S }>(
  spec: LifecycleSpec<S, F>,
): Lifecycle<S, F> {
  checkSpec(spec.moves);
  const statuses = Object.keys(spec.moves) as S[];
  const next = (from: S): readonly S[] => spec.moves[from];
  const canMove = (from: S, to: S): boolean => next(from).includes(to);

  const problems = (facts: F, to: S): FieldIssue[] => {
    if (facts.status === to) {
      return [fieldIssue('to', 'lifecycle.already', { noun: spec.noun, status: label(to) })];
    }
    if (!canMove(facts.status, to)) {
      return [fieldIssue('to', 'lifecycle.cannotBecome', moveParams(spec.noun, facts.status, to))];
    }
    return spec.guards?.[to]?.(facts) ?? [];
  };

  const statusesFromRecords = statuses.filter((status) => spec.fromRecords?.[status] !== undefined);
  const entryProblems = (facts: F, fromRecords: boolean, path = 'status'): FieldIssue[] => {
    const [first] = statuses;
    if (facts.status === first) return [];
    if (!statusesFromRecords.includes(facts.status)) {
      return [fieldIssue(path, 'lifecycle.notFromRecords', { noun: spec.noun, status: label(facts.status) })];
    }
    if (!fromRecords) {
      return [fieldIssue(path, 'lifecycle.startsAs', { noun: spec.noun, first: label(first), status: label(facts.status) })];
    }
    return spec.fromRecords?.[facts.status]?.(facts) ?? [];
  };

  // Breadth-first, so the first run found is a shortest one; the statuses are few, so no caching.
  const path = (from: S, to: S): S[] | null => {
    const cameFrom = new Map<S, S | null>([[from, null]]);
    const queue: S[] = [from];
    while (queue.length > 0) {
      const current = queue.shift()!;
      if (current === to) {
        const steps: S[] = [];
        for (let at: S | null = current; at !== null && at !== from; at = cameFrom.get(at) ?? null) steps.unshift(at);
        return steps;
      }
      for (const step of next(current)) {
        if (!cameFrom.has(step)) {
          cameFrom.set(step, current);
          queue.push(step);
        }
      }
    }
    return null;
  };

  return {
    statuses,
    moves: spec.moves,
    next,
    canMove,
    isFinal: (status) => next(status).length === 0,
    problems,
    entryProblems,
    statusesFromRecords,
    path,
    label,
  };
}
