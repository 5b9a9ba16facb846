import type { PartnerAgreement, PartnerEvent, PartnerOverview, PartnerPlacement, PartnerProject } from '../../../shared/models/partner';
import { describePreciseDate } from '../../../shared/precise-date';
import { ITEM_PROGRESS } from '../../../shared/research/item-progress';
import {
  AGREEMENT_KIND_LABELS,
  AGREEMENT_STATUS_LABELS,
  CONTRIBUTION_KIND_LABELS,
  EVENT_KIND_LABELS,
  ITEM_PROGRESS_LABELS,
  ORGANISATION_KIND_LABELS,
  OUTPUT_KIND_LABELS,
  PLACEMENT_STATUS_LABELS,
  PROJECT_KIND_LABELS,
  PROJECT_STATUS_LABELS,
} from './report-labels';
import { groupedAmount } from './summary-text';

/**
 * The partner report as words, before any format: every string in it is plain text (names and
 * titles as typed, the register's codes already in words), and each renderer escapes all of it.
 */
export type ReportEntry = { title: string; meta: string[]; details: string[]; depth: number };
/** `more`: says how many the section lists of how many there are, when it lists fewer than all. */
export type ReportSection = { heading: string; empty: string; entries: ReportEntry[]; more?: string; table?: { head: string[]; rows: string[][] } };
export type PartnerReport = { title: string; subtitle: string; prepared: string; glance: string[]; sections: ReportSection[] };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const agreementName = (a: { referenceNo: string; title: string }) => (a.referenceNo ? `${a.referenceNo} — ${a.title}` : a.title);

function itemsLine(a: PartnerAgreement): string | null {
  const total = ITEM_PROGRESS.reduce((sum, p) => sum + a.progress[p], 0);
  if (total === 0) return null;
  const parts = ITEM_PROGRESS.filter((p) => a.progress[p] > 0).map((p) => `${a.progress[p]} ${ITEM_PROGRESS_LABELS[p]}`);
  return `${plural(total, 'cooperation item', 'cooperation items')}: ${parts.join(', ')}`;
}

function agreementEntry(a: PartnerAgreement): ReportEntry {
  const dates = [a.signedOn ? `signed ${a.signedOn}` : 'not signed', a.expiresOn ? `until ${a.expiresOn}` : ''].filter(Boolean).join(', ');
  return {
    title: agreementName(a),
    meta: [AGREEMENT_KIND_LABELS[a.kind], AGREEMENT_STATUS_LABELS[a.status], dates],
    details: [a.counterparts.length ? `With ${a.counterparts.join(', ')}` : '', itemsLine(a) ?? ''].filter(Boolean),
    depth: a.depth,
  };
}

function placeDates(place: { fromOn: string | null; toOn: string | null }): string {
  if (place.fromOn && place.toOn) return ` (${place.fromOn} to ${place.toOn})`;
  if (place.fromOn) return ` (since ${place.fromOn})`;
  return place.toOn ? ` (until ${place.toOn})` : '';
}

function projectEntry(p: PartnerProject): ReportEntry {
  const period = p.startsOn ? (p.endsOn ? `${p.startsOn} to ${p.endsOn}` : `since ${p.startsOn}`) : '';
  const milestones = p.milestones.done + p.milestones.due + p.milestones.slipped;
  const milestoneLine = milestones
    ? `Milestones: ${[p.milestones.done && `${p.milestones.done} done`, p.milestones.due && `${p.milestones.due} due`, p.milestones.slipped && `${p.milestones.slipped} slipped`]
        .filter(Boolean)
        .join(', ')}${p.nextDueOn ? `; next due ${p.nextDueOn}` : ''}`
    : '';
  return {
    title: p.title,
    meta: [PROJECT_KIND_LABELS[p.kind], PROJECT_STATUS_LABELS[p.status], period].filter(Boolean),
    details: [
      p.role ? `Role: ${p.role}` : '',
      p.headcounts.length ? `Team: ${p.headcounts.map((h) => `${h.count} ${h.role}`).join(', ')}` : '',
      ...p.places.map((place) => `${place.planned ? 'Planned move: ' : 'Where: '}${place.name}${placeDates(place)}`),
      milestoneLine,
      ...p.outputs.map((o) => `${OUTPUT_KIND_LABELS[o.kind]}: ${o.title}${[o.date, o.identifier].filter(Boolean).length ? ` (${[o.date, o.identifier].filter(Boolean).join(', ')})` : ''}`),
    ].filter(Boolean),
    depth: 0,
  };
}

/** When, in words, with the wall-clock times in the event's own zone: "8 January 2026, 19:00–21:00 (Asia/Seoul)". */
export function eventWhen(e: Pick<PartnerEvent, 'allDay' | 'startsOn' | 'startTime' | 'endsOn' | 'endTime' | 'timeZone'>): string {
  const days = e.endsOn !== e.startsOn ? `${describePreciseDate(e.startsOn)} to ${describePreciseDate(e.endsOn)}` : describePreciseDate(e.startsOn);
  if (e.allDay || !e.startTime || !e.endTime) return days;
  if (e.endsOn !== e.startsOn) return `${describePreciseDate(e.startsOn)} ${e.startTime} to ${describePreciseDate(e.endsOn)} ${e.endTime} (${e.timeZone})`;
  return `${days}, ${e.startTime}–${e.endTime} (${e.timeZone})`;
}

function eventEntry(e: PartnerEvent): ReportEntry {
  return {
    title: e.title,
    meta: [EVENT_KIND_LABELS[e.kind], eventWhen(e), e.place].filter(Boolean),
    details: e.series ? [`A series: ${plural(e.held, 'meeting', 'meetings')} held${e.nextOn ? `; next on ${describePreciseDate(e.nextOn)}` : ''}`] : [],
    depth: 0,
  };
}

/** An internship: the intern, its host, its outcome and dates at their own precision ("March 2026 to August 2026"). */
function placementEntry(p: PartnerPlacement): ReportEntry {
  const when = p.endsOn ? `${describePreciseDate(p.startsOn)} to ${describePreciseDate(p.endsOn)}` : `from ${describePreciseDate(p.startsOn)}`;
  return { title: p.internName, meta: [`at ${p.hostName}`, PLACEMENT_STATUS_LABELS[p.status], when], details: [], depth: 0 };
}

export function partnerReport(overview: PartnerOverview, preparedAt: string, preparedBy: string): PartnerReport {
  const { organisation } = overview;
  const { counts } = overview;
  const quiet = counts.itemsNeedingAttention;
  // A partner in most of the register (the office's own university) lists its latest: say so, with where the rest are.
  const more = (listed: number, total: number, which: string) =>
    listed < total ? { more: `The ${listed} ${which} of ${total} are listed here; the register lists them all.` } : {};
  const money = overview.money.map((m) => groupedAmount(m.totalMinor, m.currency));
  return {
    title: `Partner report: ${organisation.name}`,
    subtitle: [organisation.altNames.join(', '), ORGANISATION_KIND_LABELS[organisation.kind], organisation.country].filter(Boolean).join(' · '),
    prepared: `Prepared ${preparedAt.slice(0, 10)} by ${preparedBy}.${overview.units.length ? ` Includes ${overview.units.map((u) => u.name).join(', ')}.` : ''}`,
    glance: [
      `${plural(counts.agreements, 'agreement', 'agreements')} (${counts.agreementsInForce} in force)`,
      plural(counts.projects, 'research project or centre', 'research projects and centres'),
      plural(counts.programs, 'program', 'programs'),
      plural(counts.events, 'event or series of events', 'events and series of events'),
      plural(counts.placements, 'internship', 'internships'),
      plural(counts.people, 'person', 'people'),
      ...(quiet ? [`${plural(quiet, 'cooperation item needs', 'cooperation items need')} attention (overdue, or nothing after a year)`] : []),
      ...(money.length ? [`Money committed: ${money.join('; ')} (each currency on its own)`] : []),
    ],
    sections: [
      { heading: 'Agreements', empty: 'No agreements.', entries: overview.agreements.map(agreementEntry), ...more(overview.agreements.length, counts.agreements, 'unsigned and latest signed') },
      { heading: 'Research projects and centres', empty: 'No research projects or centres.', entries: overview.projects.map(projectEntry), ...more(overview.projects.length, counts.projects, 'running and latest') },
      { heading: 'Events', empty: 'No events.', entries: overview.events.map(eventEntry), ...more(overview.events.length, counts.events, 'latest') },
      { heading: 'Internships', empty: 'No internships.', entries: overview.placements.map(placementEntry), ...more(overview.placements.length, counts.placements, 'latest') },
      {
        heading: 'Programs',
        empty: 'No programs.',
        entries: overview.programs.map((p) => ({
          title: p.name,
          meta: [p.sponsor ? 'Sponsor' : ''].filter(Boolean),
          details: p.createdBy.length ? [`Created by ${p.createdBy.join('; ')}`] : [],
          depth: 0,
        })),
        ...more(overview.programs.length, counts.programs, 'first by name'),
      },
      {
        heading: 'People',
        empty: 'No people recorded.',
        entries: overview.people.map((p) => ({ title: p.name, meta: [p.title, p.organisationName].filter(Boolean), details: [], depth: 0 })),
        ...more(overview.people.length, counts.people, 'first by name'),
      },
      {
        heading: 'Contributions',
        empty: 'No contributions recorded.',
        entries: overview.otherContributions.map((c) => ({
          title: CONTRIBUTION_KIND_LABELS[c.kind],
          meta: [c.quantity !== null ? `${c.quantity} ${c.unit}`.trim() : '', c.description].filter(Boolean),
          details: [`Under ${c.agreementName}`],
          depth: 0,
        })),
        ...more(overview.otherContributions.length, counts.otherContributions, 'first'),
        ...(overview.money.length
          ? {
              table: {
                head: ['Currency', 'Through agreements', 'Research budget', 'Total'],
                rows: overview.money.map((m) => [m.currency, groupedAmount(m.agreementsMinor, m.currency), groupedAmount(m.projectsMinor, m.currency), groupedAmount(m.totalMinor, m.currency)]),
              },
            }
          : {}),
      },
    ],
  };
}
