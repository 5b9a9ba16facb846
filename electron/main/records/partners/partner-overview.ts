import { localToday } from '../../../../shared/calendar';
import { AppError } from '../../../../shared/errors';
import type { AgreementKind, AgreementStatus, Contribution } from '../../../../shared/models/agreement';
import { addDays } from '../../../../shared/calendar';
import { occurrencesBetween } from '../../../../shared/event-occurrences';
import type { PartnerAgreement, PartnerEvent, PartnerMoney, PartnerOverview, PartnerPlacement, PartnerProject } from '../../../../shared/models/partner';
import { lineageOrder } from '../../../../shared/partner-lineage';
import { ITEM_PROGRESS, agreementStart, itemProgress, type ItemProgress } from '../../../../shared/research/item-progress';
import { milestoneStatus } from '../../../../shared/research/milestone-status';
import type { Db } from '../../db/connection';
import { eventTable } from '../events';
import { organisationTable } from '../organisations';
import type { ServiceContext } from '../../services/service-context';
import { projectTable } from '../projects/project-table';
import { partnerRows } from './partner-queries';

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

function agreementsOf(ctx: ServiceContext, unitIds: string[], today: string): PartnerAgreement[] {
  const rows = partnerRows<AgreementRow>(ctx.db, 'agreements', unitIds);
  const ids = rows.map((r) => r.id);
  const counterparts = new Map<string, string[]>();
  for (const row of partnerRows<{ agreement_id: string; name: string }>(ctx.db, 'counterparts', ids, unitIds)) {
    counterparts.set(row.agreement_id, [...(counterparts.get(row.agreement_id) ?? []), row.name]);
  }
  const outcomeCounts = new Map(partnerRows<{ item_id: string; n: number }>(ctx.db, 'outcomeCounts', ids).map((r) => [r.item_id, r.n]));
  const items = partnerRows<{ id: string; agreement_id: string; status: 'planned' | 'in_progress' | 'done' | 'dropped'; due_on: string | null }>(ctx.db, 'items', ids);
  const progress = new Map<string, Record<ItemProgress, number>>();
  for (const row of rows) {
    const start = agreementStart({ effectiveOn: row.effective_on, signedOn: row.signed_on });
    const counts = Object.fromEntries(ITEM_PROGRESS.map((p) => [p, 0])) as Record<ItemProgress, number>;
    for (const item of items.filter((i) => i.agreement_id === row.id)) {
      counts[itemProgress({ status: item.status, dueOn: item.due_on, outcomeCount: outcomeCounts.get(item.id) ?? 0, agreementStart: start }, today)] += 1;
    }
    progress.set(row.id, counts);
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
  return ordered.map((a) => ({ ...a, counterparts: counterparts.get(a.id) ?? [], progress: progress.get(a.id)! }));
}

/** The projects a unit is a partner in or funds, or the partner's agreements link (the reports count their outputs too). */
export function partnerProjectIds(db: Db, unitIds: readonly string[], agreementIds: readonly string[]): string[] {
  const ids = new Set([
    ...partnerRows<{ id: string }>(db, 'partnerProjects', unitIds).map((r) => r.id),
    ...partnerRows<{ id: string }>(db, 'agreementProjects', agreementIds).map((r) => r.id),
    ...partnerRows<{ id: string }>(db, 'fundedProjects', unitIds).map((r) => r.id),
  ]);
  return [...ids];
}

function projectsOf(ctx: ServiceContext, unitIds: string[], agreementIds: string[], today: string): PartnerProject[] {
  const roles = new Map<string, string>();
  for (const row of partnerRows<{ id: string; role: string }>(ctx.db, 'partnerProjects', unitIds)) {
    roles.set(row.id, [roles.get(row.id), row.role].filter(Boolean).join('; '));
  }
  const projects = projectTable.findMany(ctx.db, partnerProjectIds(ctx.db, unitIds, agreementIds));
  // Running first, then by start (unknown starts last), then title.
  const rank = { active: 0, proposed: 1, completed: 2, stopped: 3 } as const;
  const start = (p: { startsOn: string | null }) => p.startsOn ?? '~';
  projects.sort((a, b) => rank[a.status] - rank[b.status] || (start(a) < start(b) ? -1 : start(a) > start(b) ? 1 : 0) || a.title.localeCompare(b.title));
  return projects.map((p) => {
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
}

function programsOf(ctx: ServiceContext, unitIds: string[], agreementIds: string[]): PartnerOverview['programs'] {
  const sponsored = new Set(partnerRows<{ id: string }>(ctx.db, 'sponsoredPrograms', unitIds).map((r) => r.id));
  const createdBy = new Map<string, string[]>();
  for (const row of partnerRows<{ id: string; agreement: string }>(ctx.db, 'agreementPrograms', agreementIds)) {
    createdBy.set(row.id, [...(createdBy.get(row.id) ?? []), row.agreement]);
  }
  const ids = [...new Set([...sponsored, ...createdBy.keys()])];
  return partnerRows<{ id: string; name: string }>(ctx.db, 'programNames', ids).map((p) => ({
    id: p.id,
    name: p.name,
    sponsor: sponsored.has(p.id),
    createdBy: createdBy.get(p.id) ?? [],
  }));
}

/** Money per currency, never added across currencies: the agreements' contributions and the project budget. */
function moneyOf(ctx: ServiceContext, unitIds: string[], agreements: PartnerAgreement[]) {
  const names = new Map(agreements.map((a) => [a.id, agreementName(a)]));
  const contributions = partnerRows<ContributionRow>(ctx.db, 'contributions', agreements.map((a) => a.id), unitIds);
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
  const otherContributions = contributions
    .filter((c) => c.kind !== 'money')
    .map((c) => ({
      agreementId: c.agreement_id,
      agreementName: names.get(c.agreement_id) ?? '',
      kind: c.kind,
      description: c.description,
      quantity: c.quantity,
      unit: c.unit,
    }));
  return { money: [...money.values()].sort((a, b) => a.currency.localeCompare(b.currency)), otherContributions };
}

/**
 * The partner's events, latest first: a series says how many meetings were held up to today and
 * when the next one is (expanded from its first day to a year ahead, never the whole rule).
 */
function eventsOf(ctx: ServiceContext, unitIds: string[], agreementIds: string[], today: string): PartnerEvent[] {
  const ids = partnerRows<{ id: string }>(ctx.db, 'events', unitIds, unitIds, agreementIds).map((r) => r.id);
  const events = eventTable.findMany(ctx.db, ids).sort((a, b) => b.startsAt.localeCompare(a.startsAt) || a.title.localeCompare(b.title));
  return events.map((e) => {
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
}

type PlacementRow = { id: string; intern_name: string; host_name: string; status: PartnerPlacement['status']; starts_on: string; ends_on: string | null };

/** Internships the partner hosts or its agreements created, the latest start first (a month-only start sorts as its month). */
function placementsOf(ctx: ServiceContext, unitIds: string[], agreementIds: string[]): PartnerPlacement[] {
  return partnerRows<PlacementRow>(ctx.db, 'placements', unitIds, agreementIds)
    .map((p) => ({ id: p.id, internName: p.intern_name, hostName: p.host_name, status: p.status, startsOn: p.starts_on, endsOn: p.ends_on }))
    .sort((a, b) => b.startsOn.localeCompare(a.startsOn) || a.internName.localeCompare(b.internName));
}

/** Everything with one organisation and its sub-organisations, read through the partner's own rows. */
export function partnerOverview(ctx: ServiceContext, organisationId: string): PartnerOverview {
  const organisation = organisationTable.find(ctx.db, organisationId);
  if (!organisation) throw new AppError('NOT_FOUND', 'record.notFound', { noun: 'organisation' });
  const today = localToday(ctx.now());
  const units = partnerRows<{ id: string; name: string }>(ctx.db, 'units', organisationId);
  const unitIds = units.map((u) => u.id);
  const agreements = agreementsOf(ctx, unitIds, today);
  const agreementIds = agreements.map((a) => a.id);
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
    agreements,
    programs: programsOf(ctx, unitIds, agreementIds),
    projects: projectsOf(ctx, unitIds, agreementIds, today),
    events: eventsOf(ctx, unitIds, agreementIds, today),
    placements: placementsOf(ctx, unitIds, agreementIds),
    people: partnerRows<{ id: string; name: string; title: string; organisation_name: string }>(ctx.db, 'people', unitIds).map((p) => ({
      id: p.id,
      name: p.name,
      title: p.title,
      organisationName: p.organisation_name,
    })),
    ...moneyOf(ctx, unitIds, agreements),
  };
}
