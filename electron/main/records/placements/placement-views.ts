import { addDays } from '../../../../shared/calendar';
import type { ProgramFunnel, Reminder, Reminders } from '../../../../shared/models/placement';
import { statement, type Db } from '../../db/connection';
import { lastDayOfSql } from '../../db/precise-date-sql';

type Counts = Array<{ status: string; n: number }>;

/**
 * A program's funnel in two grouped counts, each a seek of an index already in status order: its
 * intakes' applications (`applications_intake_status`), its placements (`placements_program_status`).
 */
export function programFunnel(db: Db, programId: string): ProgramFunnel {
  const applications = statement(
    db,
    `SELECT a.status, count(*) AS n FROM intakes i JOIN applications a ON a.intake_id = i.id AND a.deleted_at IS NULL
      WHERE i.program_id = ? AND i.deleted_at IS NULL GROUP BY a.status`,
  ).all(programId) as Counts;
  const placements = statement(db, 'SELECT status, count(*) AS n FROM placements WHERE program_id = ? AND deleted_at IS NULL GROUP BY status').all(
    programId,
  ) as Counts;
  const sum = (rows: Counts, statuses?: readonly string[]) => rows.filter((r) => !statuses || statuses.includes(r.status)).reduce((n, r) => n + r.n, 0);
  return {
    applied: sum(applications),
    accepted: sum(applications, ['accepted']),
    placed: sum(placements),
    completed: sum(placements, ['completed', 'hired', 'not_hired']),
    hired: sum(placements, ['hired']),
  };
}

/** At most this many of each kind: the home page's list is a nudge, not a register (it says when there are more). */
export const REMINDERS_EACH = 20;
const EACH = REMINDERS_EACH;

/** The last day of a placement's end as written. */
const LAST_DAY_OF_END = lastDayOfSql('pl.ends_on');

/** The reminders' statements, one more row than is shown of each kind; named so that a test can read their plans. */
export const REMINDER_SQL = {
  /** Today, the horizon. */
  closing: `SELECT i.id, i.applications_close_on AS on_, i.name || ' · ' || p.name AS name FROM intakes i JOIN programs p ON p.id = i.program_id
      WHERE i.applications_close_on BETWEEN ? AND ? AND i.deleted_at IS NULL ORDER BY i.applications_close_on LIMIT ${EACH + 1}`,
  /** The horizon. */
  due: `SELECT pl.id, pl.evaluation_due_on AS on_, i.name || ' · ' || h.name AS name FROM placements pl
       JOIN people i ON i.id = pl.intern_id JOIN organisations h ON h.id = pl.host_id
      WHERE pl.status = 'active' AND pl.evaluation_due_on <= ? AND pl.deleted_at IS NULL AND pl.evaluation_due_on IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM placement_evaluations e WHERE e.placement_id = pl.id AND e.deleted_at IS NULL)
      ORDER BY pl.evaluation_due_on LIMIT ${EACH + 1}`,
  /** This year, the horizon, today: an end known to the month or year counts until its last day; the year bound lets the index seek. */
  ending: `SELECT pl.id, pl.ends_on AS on_, i.name || ' · ' || h.name AS name FROM placements pl
       JOIN people i ON i.id = pl.intern_id JOIN organisations h ON h.id = pl.host_id
      WHERE pl.status = 'active' AND ifnull(pl.ends_on, '~') BETWEEN ? AND ? AND pl.deleted_at IS NULL
        AND ${LAST_DAY_OF_END} >= ?
      ORDER BY ifnull(pl.ends_on, '~') LIMIT ${EACH + 1}`,
};

/**
 * The dates coming up within `withinDays` of `today` that someone should act on: intakes whose
 * applications close, running placements whose evaluation is due (or overdue) with none recorded,
 * running placements that end. Each read walks an index by date (migrations 6 and 13).
 */
export function upcomingReminders(db: Db, today: string, withinDays: number): Reminders {
  const horizon = addDays(today, withinDays);
  type Found = Array<{ id: string; on_: string; name: string }>;
  const closing = statement(db, REMINDER_SQL.closing).all(today, horizon) as Found;
  const due = statement(db, REMINDER_SQL.due).all(horizon) as Found;
  const ending = statement(db, REMINDER_SQL.ending).all(today.slice(0, 4), horizon, today) as Found;
  const rows: Reminder[] = [
    ...closing.slice(0, EACH).map((r) => ({ kind: 'applicationsClose' as const, on: r.on_, area: 'intakes' as const, id: r.id, name: r.name, overdue: false })),
    ...due.slice(0, EACH).map((r) => ({ kind: 'evaluationDue' as const, on: r.on_, area: 'placements' as const, id: r.id, name: r.name, overdue: r.on_ < today })),
    ...ending.slice(0, EACH).map((r) => ({ kind: 'placementEnds' as const, on: r.on_, area: 'placements' as const, id: r.id, name: r.name, overdue: false })),
  ];
  // One more than is shown was read of each kind: whether there are more is said, never left out silently.
  const more = ([['applicationsClose', closing], ['evaluationDue', due], ['placementEnds', ending]] as const).flatMap(([kind, found]) =>
    found.length > EACH ? [kind] : [],
  );
  return { rows: rows.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.kind.localeCompare(b.kind))), more };
}
