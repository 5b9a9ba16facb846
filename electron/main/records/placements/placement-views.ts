import { addDays } from '../../../../shared/calendar';
import type { ProgramFunnel, Reminder } from '../../../../shared/models/placement';
import { lastDayOf } from '../../../../shared/precise-date';
import { statement, type Db } from '../../db/connection';

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

/** At most this many of each kind: the home page's list is a nudge, not a register. */
const EACH = 20;

/**
 * The dates coming up within `withinDays` of `today` that someone should act on: intakes whose
 * applications close, running placements whose evaluation is due (or overdue) with none recorded,
 * running placements that end. Each read walks an index by date (migrations 6 and 13).
 */
export function upcomingReminders(db: Db, today: string, withinDays: number): Reminder[] {
  const horizon = addDays(today, withinDays);
  const closing = statement(
    db,
    `SELECT i.id, i.applications_close_on AS on_, i.name || ' · ' || p.name AS name FROM intakes i JOIN programs p ON p.id = i.program_id
      WHERE i.applications_close_on BETWEEN ? AND ? AND i.deleted_at IS NULL ORDER BY i.applications_close_on LIMIT ${EACH}`,
  ).all(today, horizon) as Array<{ id: string; on_: string; name: string }>;
  const due = statement(
    db,
    `SELECT pl.id, pl.evaluation_due_on AS on_, i.name || ' · ' || h.name AS name FROM placements pl
       JOIN people i ON i.id = pl.intern_id JOIN organisations h ON h.id = pl.host_id
      WHERE pl.status = 'active' AND pl.evaluation_due_on <= ? AND pl.deleted_at IS NULL AND pl.evaluation_due_on IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM placement_evaluations e WHERE e.placement_id = pl.id AND e.deleted_at IS NULL)
      ORDER BY pl.evaluation_due_on LIMIT ${EACH}`,
  ).all(horizon) as Array<{ id: string; on_: string; name: string }>;
  // An end known to the month or year counts until its last day; the year bound lets the index seek.
  const ending = (
    statement(
      db,
      `SELECT pl.id, pl.ends_on AS on_, i.name || ' · ' || h.name AS name FROM placements pl
         JOIN people i ON i.id = pl.intern_id JOIN organisations h ON h.id = pl.host_id
        WHERE pl.status = 'active' AND ifnull(pl.ends_on, '~') BETWEEN ? AND ? AND pl.deleted_at IS NULL
        ORDER BY ifnull(pl.ends_on, '~') LIMIT ${EACH * 2}`,
    ).all(today.slice(0, 4), horizon) as Array<{ id: string; on_: string; name: string }>
  )
    .filter((row) => lastDayOf(row.on_) >= today)
    .slice(0, EACH);
  const reminders: Reminder[] = [
    ...closing.map((r) => ({ kind: 'applicationsClose' as const, on: r.on_, area: 'intakes' as const, id: r.id, name: r.name, overdue: false })),
    ...due.map((r) => ({ kind: 'evaluationDue' as const, on: r.on_, area: 'placements' as const, id: r.id, name: r.name, overdue: r.on_ < today })),
    ...ending.map((r) => ({ kind: 'placementEnds' as const, on: r.on_, area: 'placements' as const, id: r.id, name: r.name, overdue: false })),
  ];
  return reminders.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.kind.localeCompare(b.kind)));
}
