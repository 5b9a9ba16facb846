import { localToday } from '../../../../shared/calendar';
import { AppError } from '../../../../shared/errors';
import type { AgreementKind, AgreementStatus, Contribution } from '../../../../shared/models/agreement';
import { addDays } from '../../../../shared/calendar';
import { occurrencesBetween } from '../../../../shared/event-occurrences';
import { PARTNER_LIST_ROWS, type PartnerAgreement, type PartnerEvent, type PartnerMoney, type PartnerOverview, type PartnerPlacement, type PartnerProject } from '../../../../shared/models/partner';
import { lineageOrder } from '../../../../shared/partner-lineage';
import { ITEM_PROGRESS, agreementStart, itemProgress, quietStartsBy, type ItemProgress } from '../../../../shared/research/item-progress';
import { milestoneStatus } from '../../../../shared/research/milestone-status';
import type { Db } from '../../db/connection';
import { fewBeside } from '../../db/record-table';
import { agreementTable } from '../../db/repos/agreement-repo';
import { eventTable } from '../events';
import { organisationTable } from '../organisations';
import type { ServiceContext } from '../../services/service-context';
import { projectTable } from '../projects/project-table';
import { partnerReachRows, partnerRows, type PartnerReach } from './partner-queries';

type AgreementRow = {
  id: string;
  reference_no: string;
  title: string;
  kind: AgreementKind;
  status: AgreementStatus;
  signed_on: string | null;
  effective_on: string | null;
  expires_on: string | null;
  parent_id: string | null;
};

type ItemRow = {
  id: string;
  agreement_id: string;
  status: 'planned' | 'in_progress' | 'done' | 'dropped';
  due_on: string | null;
  signed_on: string | null;
  effective_on: string | null;
  outcome_count: number;
};

type ContributionRow = {
  agreement_id: string;
  kind: Contribution['kind'];
  description: string;
  amount_minor: number | null;
  currency: string | null;
  quantity: number | null;
  unit: string;
};

const agreementName = (a: { referenceNo: string; title: string }) => (a.referenceNo ? `${a.referenceNo} — ${a.title}` : a.title);

/** No cooperation items in any state yet. */
const noProgress = () => Object.fromEntries(ITEM_PROGRESS.map((p) => [p, 0])) as Record<ItemProgress, number>;

/**
 * How many live agreements the units are in, and how many are in force. From the tally (one row
 * per unit and status), counting an agreement shared by two units once: the largest unit's count,
 * and the others' agreements it is not in, read through their own party rows (few, for a
 * university's faculties beside the university).
 */
export function partnerAgreementCount(db: Db, unitIds: readonly string[]): { count: number; inForce: number } {
  const tallies = partnerRows<{ id: string; n: number; active: number }>(db, 'agreementTally', unitIds);
  if (tallies.length === 0) return { count: 0, inForce: 0 };
  const largest = tallies.reduce((a, b) => (b.n > a.n ? b : a));
  const others = unitIds.filter((id) => id !== largest.id);
  let count = largest.n;
  let inForce = largest.active;
  if (others.length) {
    for (const row of partnerRows<{ status: string; n: number }>(db, 'agreementsBeside', others, largest.id)) {
      count += row.n;
      if (row.status === 'active') inForce += row.n;
    }
  }
  return { count, inForce };
}

/**
 * How the page's statements reach the partner's agreements: from the agreements themselves while
 * they are few beside the register, else from the other tables (`PartnerReach`). The kit's rule
 * for a list filtered by partner: a page sorted from `count` matches costs about `count`, a walk
 * about limit × register ÷ count.
 */
export function partnerReach(db: Db, count: number): PartnerReach {
  return fewBeside(count, PARTNER_LIST_ROWS, agreementTable.size(db)) ? 'few' : 'wide';
}

/** The listed agreements' cooperation items by how they are doing today (`itemProgress`), in one pass over their items. */
function listedProgress(db: Db, listedIds: string[], today: string): Map<string, Record<ItemProgress, number>> {
  const progress = new Map<string, Record<ItemProgress, number>>();
  for (const item of partnerRows<ItemRow>(db, 'listedItems', listedIds)) {
    let counts = progress.get(item.agreement_id);
    if (!counts) {
      counts = noProgress();
      progress.set(item.agreement_id, counts);
    }
    const start = agreementStart({ effectiveOn: item.effective_on, signedOn: item.signed_on });
    counts[itemProgress({ status: item.status, dueOn: item.due_on, outcomeCount: item.outcome_count, agreementStart: start }, today)] += 1;
  }
  return progress;
}

/**
 * The partner's latest `PARTNER_LIST_ROWS` agreements in their lineage, and how many of its
 * cooperation items need attention (its agreements are counted by `partnerAgreementCount`): what
 * the page shows of an agreement (counterparts, titles, items) is read for the listed ones only;
 * the items needing attention are counted the way `reach` says.
 */
function agreementsOf(ctx: ServiceContext, unitIds: string[], reach: PartnerReach, today: string) {
  const [{ n: attention }] = partnerReachRows<{ n: number }>(ctx.db, reach, 'itemsNeedingAttention', unitIds, { today, quietBy: quietStartsBy(today) });
  const listedIds = partnerReachRows<{ id: string }>(ctx.db, reach, 'latest', unitIds, { limit: PARTNER_LIST_ROWS }).map((r) => r.id);
  const rows = partnerRows<AgreementRow>(ctx.db, 'agreementRows', listedIds);
  const counterparts = new Map<string, string[]>();
  for (const row of partnerRows<{ agreement_id: string; name: string }>(ctx.db, 'counterparts', listedIds, unitIds)) {
    const names = counterparts.get(row.agreement_id);
    if (names) names.push(row.name);
    else counterparts.set(row.agreement_id, [row.name]);
  }
  const ordered = lineageOrder(
    rows.map((r) => ({
      id: r.id,
      referenceNo: r.reference_no,
      title: r.title,
      kind: r.kind,
      status: r.status,
      signedOn: r.signed_on,
      effectiveOn: r.effective_on,
      expiresOn: r.expires_on,
      parentId: r.parent_id,
    })),
  );
  const progress = listedProgress(ctx.db, listedIds, today);
  const listed: PartnerAgreement[] = ordered.map((a) => ({ ...a, counterparts: counterparts.get(a.id) ?? [], progress: progress.get(a.id) ?? noProgress() }));
  return { listed, attention };
}

/** The projects a unit is a partner in or funds, or the partner's agreements link (the reports count their outputs too). */
export function partnerProjectIds(db: Db, unitIds: readonly string[], reach: PartnerReach): string[] {
  const ids = new Set([
    ...partnerRows<{ id: string }>(db, 'partnerProjects', unitIds).map((r) => r.id),
    ...partnerReachRows<{ id: string }>(db, reach, 'agreementProjects', unitIds).map((r) => r.id),
    ...partnerRows<{ id: string }>(db, 'fundedProjects', unitIds).map((r) => r.id),
  ]);
  return [...ids];
}

function projectsOf(ctx: ServiceContext, unitIds: string[], reach: PartnerReach, today: string): { listed: PartnerProject[]; count: number } {
  const roles = new Map<string, string>();
  for (const row of partnerRows<{ id: string; role: string }>(ctx.db, 'partnerProjects', unitIds)) {
    roles.set(row.id, [roles.get(row.id), row.role].filter(Boolean).join('; '));
  }
  const projects = projectTable.findMany(ctx.db, partnerProjectIds(ctx.db, unitIds, reach));
  // Running first, then by start (unknown starts last), then title.
  const rank = { active: 0, proposed: 1, completed: 2, stopped: 3 } as const;
  const start = (p: { startsOn: string | null }) => p.startsOn ?? '~';
  projects.sort((a, b) => rank[a.status] - rank[b.status] || (start(a) < start(b) ? -1 : start(a) > start(b) ? 1 : 0) || a.title.localeCompare(b.title));
  const listed = projects.slice(0, PARTNER_LIST_ROWS).map((p): PartnerProject => {
    const statuses = p.milestones.map((m) => milestoneStatus(m, today));
    const open = p.milestones.filter((m) => !m.doneOn).map((m) => m.dueOn).sort();
    return {
      id: p.id,
      title: p.title,
      kind: p.kind,
      status: p.status,
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      role: roles.get(p.id) ?? '',
      headcounts: p.headcounts,
      places: p.places,
      milestones: { due: statuses.filter((s) => s === 'due').length, done: statuses.filter((s) => s === 'done').length, slipped: statuses.filter((s) => s === 'slipped').length },
      nextDueOn: open[0] ?? null,
      outputs: p.outputs.map(({ kind, title, date, identifier }) => ({ kind, title, date, identifier })),
    };
  });
  return { listed, count: projects.length };
}

function programsOf(ctx: ServiceContext, unitIds: string[], reach: PartnerReach): { listed: PartnerOverview['programs']; count: number } {
  const sponsored = new Set(partnerRows<{ id: string }>(ctx.db, 'sponsoredPrograms', unitIds).map((r) => r.id));
  const createdBy = new Map<string, string[]>();
  for (const row of partnerReachRows<{ id: string; agreement: string }>(ctx.db, reach, 'agreementPrograms', unitIds)) {
    const names = createdBy.get(row.id);
    if (names) names.push(row.agreement);
    else createdBy.set(row.id, [row.agreement]);
  }
  const ids = [...new Set([...sponsored, ...createdBy.keys()])];
  const programs = partnerRows<{ id: string; name: string }>(ctx.db, 'programNames', ids);
  const listed = programs.slice(0, PARTNER_LIST_ROWS).map((p) => ({
    id: p.id,
    name: p.name,
    sponsor: sponsored.has(p.id),
    createdBy: createdBy.get(p.id) ?? [],
  }));
  return { listed, count: programs.length };
}

/** Money per currency, never added across currencies: the agreements' contributions and the project budget. */
function moneyOf(ctx: ServiceContext, unitIds: string[], reach: PartnerReach) {
  const contributions = partnerReachRows<ContributionRow>(ctx.db, reach, 'contributions', unitIds);
  const money = new Map<string, PartnerMoney>();
  const entry = (currency: string) => money.get(currency) ?? { currency, agreementsMinor: 0, projectsMinor: 0, totalMinor: 0 };
  for (const c of contributions) {
    if (c.kind !== 'money' || c.amount_minor === null || !c.currency) continue;
    const e = entry(c.currency);
    money.set(c.currency, { ...e, agreementsMinor: e.agreementsMinor + c.amount_minor, totalMinor: e.totalMinor + c.amount_minor });
  }
  for (const row of partnerRows<{ currency: string; amount: number }>(ctx.db, 'projectMoney', unitIds)) {
    const e = entry(row.currency);
    money.set(row.currency, { ...e, projectsMinor: e.projectsMinor + row.amount, totalMinor: e.totalMinor + row.amount });
  }
  const others = contributions.filter((c) => c.kind !== 'money');
  const listed = others.slice(0, PARTNER_LIST_ROWS);
  const names = new Map(
    partnerRows<AgreementRow>(ctx.db, 'agreementRows', [...new Set(listed.map((c) => c.agreement_id))]).map((a) => [a.id, agreementName({ referenceNo: a.reference_no, title: a.title })]),
  );
  const otherContributions = listed.map((c) => ({
    agreementId: c.agreement_id,
    agreementName: names.get(c.agreement_id) ?? '',
    kind: c.kind,
    description: c.description,
    quantity: c.quantity,
    unit: c.unit,
  }));
  return { money: [...money.values()].sort((a, b) => a.currency.localeCompare(b.currency)), otherContributions, otherCount: others.length };
}

/**
 * The partner's events, latest first: a series says how many meetings were held up to today and
 * when the next one is (expanded from its first day to a year ahead, never the whole rule).
 */
function eventsOf(ctx: ServiceContext, unitIds: string[], reach: PartnerReach, today: string): { listed: PartnerEvent[]; count: number } {
  const ids = partnerReachRows<{ id: string }>(ctx.db, reach, 'events', unitIds).map((r) => r.id);
  const events = eventTable.findMany(ctx.db, ids).sort((a, b) => b.startsAt.localeCompare(a.startsAt) || a.title.localeCompare(b.title));
  const listed = events.slice(0, PARTNER_LIST_ROWS).map((e): PartnerEvent => {
    const occurrences = e.recurrence ? occurrencesBetween(e, { from: e.firstOn, to: addDays(today, 366) }) : [];
    return {
      id: e.id,
      kind: e.kind,
      title: e.title,
      allDay: e.allDay,
      startsOn: e.startsOn,
      startTime: e.startTime,
      endsOn: e.endsOn,
      endTime: e.endTime,
      timeZone: e.timeZone,
      place: e.place,
      series: e.recurrence !== null,
      held: e.recurrence ? occurrences.filter((o) => o.startsOn <= today).length : e.startsOn <= today ? 1 : 0,
      nextOn: e.recurrence ? (occurrences.find((o) => o.startsOn > today)?.startsOn ?? null) : e.startsOn > today ? e.startsOn : null,
    };
  });
  return { listed, count: events.length };
}

type PlacementRow = { id: string; intern_name: string; host_name: string; status: PartnerPlacement['status']; starts_on: string; ends_on: string | null };

/** Internships the partner hosts or its agreements created, the latest start first (a month-only start sorts as its month). */
function placementsOf(ctx: ServiceContext, unitIds: string[], reach: PartnerReach): { listed: PartnerPlacement[]; count: number } {
  const placements = partnerReachRows<PlacementRow>(ctx.db, reach, 'placements', unitIds)
    .map((p) => ({ id: p.id, internName: p.intern_name, hostName: p.host_name, status: p.status, startsOn: p.starts_on, endsOn: p.ends_on }))
    .sort((a, b) => b.startsOn.localeCompare(a.startsOn) || a.internName.localeCompare(b.internName));
  return { listed: placements.slice(0, PARTNER_LIST_ROWS), count: placements.length };
}

/** Everything with one organisation and its sub-organisations, read through the partner's own rows. */
export function partnerOverview(ctx: ServiceContext, organisationId: string): PartnerOverview {
  const organisation = organisationTable.find(ctx.db, organisationId);
  if (!organisation) throw new AppError('NOT_FOUND', 'record.notFound', { noun: 'organisation' });
  const today = localToday(ctx.now());
  const units = partnerRows<{ id: string; name: string }>(ctx.db, 'units', organisationId);
  const unitIds = units.map((u) => u.id);
  const counted = partnerAgreementCount(ctx.db, unitIds);
  const reach = partnerReach(ctx.db, counted.count);
  const agreements = agreementsOf(ctx, unitIds, reach, today);
  const programs = programsOf(ctx, unitIds, reach);
  const projects = projectsOf(ctx, unitIds, reach, today);
  const events = eventsOf(ctx, unitIds, reach, today);
  const placements = placementsOf(ctx, unitIds, reach);
  const { money, otherContributions, otherCount } = moneyOf(ctx, unitIds, reach);
  const people = partnerRows<{ id: string; name: string; title: string; organisation_name: string }>(ctx.db, 'people', unitIds, PARTNER_LIST_ROWS);
  const [{ n: peopleCount }] = partnerRows<{ n: number }>(ctx.db, 'peopleCount', unitIds);
  return {
    organisation: {
      id: organisation.id,
      name: organisation.name,
      altNames: organisation.altNames.map((n) => n.name),
      kind: organisation.kind,
      country: organisation.country,
    },
    units: units.filter((u) => u.id !== organisationId),
    today,
    counts: {
      agreements: counted.count,
      agreementsInForce: counted.inForce,
      itemsNeedingAttention: agreements.attention,
      projects: projects.count,
      programs: programs.count,
      events: events.count,
      placements: placements.count,
      people: peopleCount,
      otherContributions: otherCount,
    },
    agreements: agreements.listed,
    programs: programs.listed,
    projects: projects.listed,
    events: events.listed,
    placements: placements.listed,
    people: people.map((p) => ({ id: p.id, name: p.name, title: p.title, organisationName: p.organisation_name })),
    money,
    otherContributions,
  };
}
