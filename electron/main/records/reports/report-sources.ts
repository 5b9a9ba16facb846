import { occurrencesBetween } from '../../../../shared/event-occurrences';
import type { EventRecord } from '../../../../shared/models/event';
import type { ReportFigure, ReportItem } from '../../../../shared/models/report';
import type { Db } from '../../db/connection';
import { rangeEvents } from '../calendar';
import { eventTable } from '../events';
import { partnerReachRows, type PartnerReach } from '../partners/partner-queries';
import { reportRows } from './report-queries';

export type DayRange = { from: string; to: string };

/** A partner's agreement as the partner page reads it (PARTNER_SQL.agreements). */
export type PartnerAgreementRow = {
  id: string;
  reference_no: string;
  title: string;
  status: string;
  signed_on: string | null;
  expires_on: string | null;
};

/**
 * What a report covers: a year of the whole register (each figure one index range), or a partner's
 * own rows (its units, agreements and projects, found as its page finds them) over `window` — the
 * year asked for, or every year up to `until` when none was.
 */
export type ReportScope =
  | { kind: 'year'; range: DayRange }
  | { kind: 'partner'; unitIds: string[]; agreements: PartnerAgreementRow[]; reach: PartnerReach; projectIds: string[]; window: DayRange | null; until: string };

const agreementName = (a: { reference_no: string; title: string }) => (a.reference_no ? `${a.reference_no} — ${a.title}` : a.title);

type DayRow = { id: string; title: string; day: string | null };

function agreementItem(figure: ReportFigure, row: DayRow): ReportItem {
  return { figure, date: row.day, title: row.title, context: '', startTime: null, timeZone: null, eventKind: null, target: { area: 'agreements', id: row.id } };
}

const SIGNED_STATUSES = new Set(['active', 'expired', 'renewed']);

/** Every occurrence that starts in the window (a series' each meeting; cancelled ones are not there). */
function eventItems(events: readonly EventRecord[], window: (event: EventRecord) => DayRange | null): ReportItem[] {
  return events.flatMap((event) => {
    const range = window(event);
    if (!range) return [];
    return occurrencesBetween(event, range)
      .filter((o) => o.startsOn >= range.from && o.startsOn <= range.to)
      .map((o) => ({
        figure: 'events' as const,
        date: o.startsOn,
        title: event.title,
        context: event.place,
        // The wall-clock start in the event's own zone, as it was given.
        startTime: event.allDay ? null : o.startTime,
        timeZone: event.allDay ? null : event.timeZone,
        eventKind: event.kind,
        target: { area: 'events' as const, id: event.id },
      }));
  });
}

type OutputRow = { id: string; title: string; day: string | null; project_id: string; project: string };

const outputItem = (row: OutputRow): ReportItem => ({
  figure: 'outputs',
  date: row.day,
  title: row.title,
  context: row.project,
  startTime: null,
  timeZone: null,
  eventKind: null,
  target: { area: 'projects', id: row.project_id },
});

type PlacementRow = { id: string; title: string; day: string; host: string };

/** An internship, by its intern's name and its host, counted when it starts. */
const placementItem = (row: PlacementRow): ReportItem => ({
  figure: 'placements',
  date: row.day,
  title: row.title,
  context: row.host,
  startTime: null,
  timeZone: null,
  eventKind: null,
  target: { area: 'placements', id: row.id },
});

/**
 * Where each figure's dated records come from, for a year and for a partner. Typed over the whole
 * figure list, so a figure added in shared/ ('placements') does not compile until it has its line.
 */
export const REPORT_SOURCES: Readonly<Record<ReportFigure, (db: Db, scope: ReportScope) => ReportItem[]>> = {
  agreementsSigned: (db, scope) =>
    scope.kind === 'year'
      ? reportRows<DayRow>(db, 'signedInYear', scope.range.from.slice(0, 4), scope.range.to).map((r) => agreementItem('agreementsSigned', r))
      : scope.agreements.filter((a) => a.signed_on).map((a) => agreementItem('agreementsSigned', { id: a.id, title: agreementName(a), day: a.signed_on })),
  agreementsExpiring: (db, scope) =>
    scope.kind === 'year'
      ? reportRows<DayRow>(db, 'expiringInYear', scope.range.from.slice(0, 4), scope.range.to).map((r) => agreementItem('agreementsExpiring', r))
      : scope.agreements
          .filter((a) => a.expires_on && SIGNED_STATUSES.has(a.status))
          .map((a) => agreementItem('agreementsExpiring', { id: a.id, title: agreementName(a), day: a.expires_on })),
  events: (db, scope) => {
    if (scope.kind === 'year') return eventItems(rangeEvents(db, scope.range), () => scope.range);
    const ids = partnerReachRows<{ id: string }>(db, scope.reach, 'events', scope.unitIds).map((r) => r.id);
    // Without a year, a series counts up to `until`; one that never ends is not counted into the future.
    return eventItems(eventTable.findMany(db, ids), (event) => scope.window ?? (event.firstOn <= scope.until ? { from: event.firstOn, to: scope.until } : null));
  },
  outputs: (db, scope) =>
    scope.kind === 'year'
      ? reportRows<OutputRow>(db, 'outputsInYear', scope.range.from.slice(0, 4), scope.range.to).map(outputItem)
      : reportRows<OutputRow>(db, 'partnerOutputs', scope.projectIds).map(outputItem),
  placements: (db, scope) =>
    scope.kind === 'year'
      ? reportRows<PlacementRow>(db, 'placementsInYear', scope.range.from.slice(0, 4), scope.range.to).map(placementItem)
      : reportRows<PlacementRow>(db, 'partnerPlacements', scope.unitIds).map(placementItem),
};

/** Money with the date that places it: an agreement's signing, a project's start. */
export type MoneyFact = { source: 'agreements' | 'projects'; currency: string; minor: number; day: string | null };

/** Money in the scope: agreements' contributions (a partner's: what its units give) and research budget. */
export function moneyFacts(db: Db, scope: ReportScope): MoneyFact[] {
  type Row = { currency: string; minor: number; day: string | null };
  const tag = (source: MoneyFact['source']) => (r: Row): MoneyFact => ({ source, currency: r.currency, minor: r.minor, day: r.day });
  if (scope.kind === 'year') {
    const year = scope.range.from.slice(0, 4);
    return [
      ...reportRows<Row>(db, 'contributionsInYear', year, scope.range.to).map(tag('agreements')),
      ...reportRows<Row>(db, 'budgetInYear', year, scope.range.to).map(tag('projects')),
    ];
  }
  type ContributionRow = { kind: string; amount_minor: number | null; currency: string | null; signed_on: string | null };
  const contributions = partnerReachRows<ContributionRow>(db, scope.reach, 'contributions', scope.unitIds).flatMap((c) =>
    c.kind === 'money' && c.amount_minor !== null && c.currency
      ? [{ source: 'agreements' as const, currency: c.currency, minor: c.amount_minor, day: c.signed_on }]
      : [],
  );
  return [...contributions, ...reportRows<Row>(db, 'partnerBudget', scope.unitIds).map(tag('projects'))];
}
