import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { AgreementInput, AgreementStatus } from '../../../shared/models/agreement';
import { EventInput } from '../../../shared/models/event';
import { ApplicationInput, ApplicationStatus, applicationLifecycle } from '../../../shared/models/application';
import { AwardInput, AwardStatus, awardLifecycle } from '../../../shared/models/award';
import { IntakeInput } from '../../../shared/models/intake';
import type { DemoLoadResult, DemoStatus } from '../../../shared/models/app';
import { OrganisationInput } from '../../../shared/models/organisation';
import { PersonInput } from '../../../shared/models/person';
import { PLACEMENT_STATUSES, PlacementInput, placementLifecycle } from '../../../shared/models/placement';
import { ProgramInput } from '../../../shared/models/program';
import { OutcomeLinkInput } from '../../../shared/models/outcome';
import { PROJECT_STATUSES } from '../../../shared/research/project-lifecycle';
import { ProjectInput } from '../../../shared/models/project';
import { readMeta, writeMeta } from '../db/repos/local-meta-repo';
import { registerIsEmpty } from '../db/repos/register-repo';
import { insertAffiliation } from '../records/people';
import { walkToStatus } from './agreement-lifecycle-service';
import { createAgreements, getAgreement } from './agreement-service';
import { loadItems } from '../db/repos/agreement-parts-repo';
import { recordAudit } from './audit-service';
import { createApplication, transitionApplication } from '../records/applications';
import { createAward, transitionAward } from '../records/awards';
import { createIntake } from '../records/intakes';
import { createOrganisations } from '../records/organisations';
import { createPeople, createPerson } from '../records/people';
import { createProgram } from '../records/programs';
import { createPlacement, transitionPlacement } from '../records/placements/index';
import { linkOutcome } from '../records/outcomes/outcome-service';
import { createProject, getProject, walkProjectTo } from '../records/projects/index';
import { createEvent } from '../records/events';
import { newId, timestamp, write, type ServiceContext } from './service-context';

/**
 * The demo register: the five seed articles' organisations, people, agreements, the program
 * (with its intake, fictional sample applicants marked as such, and one award) one agreement creates, the research projects and centres, and which records
 * fulfil which cooperation items, written with
 * (with its intake) one agreement creates, and their events (the Seongnam AI forums, the signing
 * ceremonies with their signatories, a CUHK–SenseTime competition), written with
 * symbolic keys in resources/demo/seed-data.json and loaded through the ordinary services, so the
 * demo obeys every rule real data does.
 */
const Key = z.string().min(1);
const Past = z.object({
  organisationKey: Key,
  title: z.string().default(''),
  startedOn: z.string().nullable().default(null),
  endedOn: z.string().nullable().default(null),
});

export const SeedData = z.object({
  organisations: z.array(
    OrganisationInput.omit({ parentId: true }).extend({ key: Key, parentKey: Key.nullable().default(null) }),
  ),
  people: z.array(
    PersonInput.omit({ organisationId: true }).extend({
      key: Key,
      organisationKey: Key.nullable().default(null),
      history: z.array(Past).default([]),
    }),
  ),
  agreements: z.array(
    z.object({
      key: Key,
      status: AgreementStatus,
      parentKey: Key.nullable().default(null),
      parties: z.array(
        z.object({
          organisationKey: Key,
          role: z.string().default(''),
          signatories: z.array(z.object({ personKey: Key, capacity: z.string().default('') })).default([]),
        }),
      ),
      items: z.array(z.record(z.string(), z.unknown()).and(z.object({ responsibleKey: Key.nullable().default(null) }))).default([]),
      contributions: z.array(z.record(z.string(), z.unknown()).and(z.object({ organisationKey: Key }))).default([]),
    }).passthrough(),
  ),
  /** Programs name their sponsors and agreements by key; ids are made when loading. */
  programs: z
    .array(z.object({ key: Key, sponsorKeys: z.array(Key).default([]), agreementKeys: z.array(Key).default([]) }).passthrough())
    .default([]),
  intakes: z.array(z.object({ programKey: Key, key: Key.optional() }).passthrough()).default([]),
  /** Sample applications (fictional applicants, marked so) by intake and person key, with the status to walk to. */
  applications: z
    .array(z.object({ intakeKey: Key, personKey: Key, status: ApplicationStatus.default('submitted') }).passthrough())
    .default([]),
  /** Awards for accepted sample applications, named by the applicant's key, with the status to walk to. */
  awards: z.array(z.object({ personKey: Key, status: AwardStatus.default('offered') }).passthrough()).default([]),
  /** Research projects and centres name partners, budget sources and agreements by key, and the status to walk to. */
  projects: z
    .array(
      z
        .object({
          key: Key,
          status: z.enum(PROJECT_STATUSES).default('proposed'),
          partners: z.array(z.object({ organisationKey: Key, role: z.string().default('') })).default([]),
          agreementKeys: z.array(Key).default([]),
        })
        .passthrough(),
    )
    .default([]),
  /** Events name organisers, attendees and their agreement by key, and a cooperation item by its place in that agreement. */
  events: z
    .array(
      z
        .object({
          organiserKeys: z.array(Key).default([]),
          agreementKey: Key.nullable().default(null),
          itemIndex: z.number().int().min(0).nullable().default(null),
          attendees: z.array(z.object({ personKey: Key }).passthrough()).default([]),
        })
        .passthrough(),
    )
    .default([]),
  /** Which record fulfils which cooperation item: the item by its agreement's key and position, an output by its position. */
  outcomes: z
    .array(
      z.object({
        agreementKey: Key,
        item: z.number().int().min(0),
        subject: z.object({ kind: z.enum(['project', 'output', 'program']), key: Key, output: z.number().int().min(0).optional() }),
        note: z.string().default(''),
      }),
    )
    .default([]),
  /**
   * Sample placements, each with its (fictional) intern, named in the entry and created with it; the
   * host, supervisor, program and agreement by key, and the outcome to walk to.
   */
  placements: z
    .array(
      z
        .object({
          intern: z.object({ name: z.string(), notes: z.string().default('') }),
          hostKey: Key,
          supervisorKey: Key.nullable().default(null),
          programKey: Key.nullable().default(null),
          agreementKey: Key.nullable().default(null),
          status: z.enum(PLACEMENT_STATUSES).default('active'),
        })
        .passthrough(),
    )
    .default([]),
});
export type SeedData = z.infer<typeof SeedData>;

const DEMO_KEY = 'demo';
type DemoState = 'loaded' | 'dismissed';

function demoState(ctx: ServiceContext): DemoState | null {
  return readMeta(ctx.db, DEMO_KEY) as DemoState | null;
}

function setDemoState(ctx: ServiceContext, state: DemoState): void {
  writeMeta(ctx.db, DEMO_KEY, state);
}

export function getDemoStatus(ctx: ServiceContext, offerDemo: boolean): DemoStatus {
  const state = demoState(ctx);
  const empty = registerIsEmpty(ctx.db);
  return { empty, offered: offerDemo && empty && state === null, loaded: state === 'loaded' };
}

export function dismissDemo(ctx: ServiceContext, offerDemo: boolean): DemoStatus {
  write(ctx, 'demo', () => setDemoState(ctx, 'dismissed'));
  return getDemoStatus(ctx, offerDemo);
}

function unknownName(what: string, name: string): never {
  throw new AppError('VALIDATION', 'demo.unknownName', { what, name });
}

function lookup(map: Map<string, string>, key: string, what: string): string {
  return map.get(key) ?? unknownName(what, key);
}

/** The demo's records go in through the services' batch path: one audit entry per batch. */
const DEMO_BATCH = { source: 'demo' } as const;

/**
 * Seeds in batches a parent always precedes: first those with no parent (or one made already),
 * then those whose parent the previous batch made, and so on. A parent named but never given is
 * refused by name.
 */
function inLevels<S extends { key: string; parentKey: string | null }>(seeds: readonly S[], made: Map<string, string>, what: string): S[][] {
  const levels: S[][] = [];
  const placed = new Set(made.keys());
  let rest = [...seeds];
  while (rest.length) {
    const level = rest.filter((seed) => seed.parentKey === null || placed.has(seed.parentKey));
    if (level.length === 0) unknownName(what, rest[0].parentKey!);
    level.forEach((seed) => placed.add(seed.key));
    levels.push(level);
    rest = rest.filter((seed) => !level.includes(seed));
  }
  return levels;
}

/** Loads the seed data in one transaction: all of it or, on any problem, none of it. */
export function loadDemo(ctx: ServiceContext, raw: unknown): DemoLoadResult {
  const data = SeedData.parse(raw);
  return write(ctx, 'demo', () => {
    if (!registerIsEmpty(ctx.db)) throw new AppError('CONFLICT', 'demo.registerNotEmpty');
    const orgIds = new Map<string, string>();
    const orgSeeds = data.organisations.map((seed, i) => ({ ...seed, row: i + 1 }));
    for (const level of inLevels(orgSeeds, orgIds, 'organisation')) {
      const made = createOrganisations(
        ctx,
        level.map(({ key: _key, parentKey, row, ...values }) => ({
          row,
          values: OrganisationInput.parse({ ...values, parentId: parentKey ? lookup(orgIds, parentKey, 'organisation') : null }),
        })),
        DEMO_BATCH,
      );
      level.forEach((seed, i) => orgIds.set(seed.key, made[i].id));
    }
    const personIds = new Map<string, string>();
    const stamp = { at: timestamp(ctx), by: ctx.actor };
    const madePeople = createPeople(
      ctx,
      data.people.map(({ key: _key, organisationKey, history: _history, ...values }, i) => ({
        row: i + 1,
        values: PersonInput.parse({ ...values, organisationId: organisationKey ? lookup(orgIds, organisationKey, 'organisation') : null }),
      })),
      DEMO_BATCH,
    );
    for (const [i, { key, history }] of data.people.entries()) {
      const id = madePeople[i].id;
      personIds.set(key, id);
      for (const past of history) {
        insertAffiliation(
          ctx.db,
          { id: newId(), personId: id, organisationId: lookup(orgIds, past.organisationKey, 'organisation'), title: past.title, startedOn: past.startedOn, endedOn: past.endedOn },
          stamp,
        );
      }
    }
    const agreementIds = new Map<string, string>();
    const itemIds = new Map<string, string[]>();
    const statuses: Array<[string, z.infer<typeof AgreementStatus>, string | null]> = [];
    const agreementSeeds = data.agreements.map((seed, i) => ({ ...seed, row: i + 1 }));
    for (const level of inLevels(agreementSeeds, agreementIds, 'agreement')) {
      const rows = level.map((seed) => ({ row: seed.row, values: agreementValues(seed) }));
      const made = createAgreements(ctx, rows, DEMO_BATCH);
      level.forEach((seed, i) => {
        agreementIds.set(seed.key, made[i].id);
        itemIds.set(seed.key, loadItems(ctx.db, made[i].id).map((item) => item.id));
        statuses.push([made[i].id, seed.status, rows[i].values.signedOn]);
      });
    }
    function agreementValues(seed: SeedData['agreements'][number]) {
      const { key: _key, status: _status, parentKey, parties, items, contributions, ...rest } = seed;
      return AgreementInput.parse({
        ...rest,
        parentId: parentKey ? lookup(agreementIds, parentKey, 'agreement') : null,
        parties: parties.map((party) => ({
          organisationId: lookup(orgIds, party.organisationKey, 'organisation'),
          role: party.role,
          signatories: party.signatories.map((s) => ({ personId: lookup(personIds, s.personKey, 'person'), capacity: s.capacity })),
        })),
        items: items.map(({ responsibleKey, ...item }) => ({
          ...item,
          responsibleOrganisationId: responsibleKey ? lookup(orgIds, responsibleKey, 'organisation') : null,
        })),
        contributions: contributions.map(({ organisationKey, ...contribution }) => ({
          ...contribution,
          organisationId: lookup(orgIds, organisationKey, 'organisation'),
        })),
      });
    }
    // Statuses after every agreement exists: "renewed" needs its follow-on to be there.
    for (const [id, status, signedOn] of statuses) walkToStatus(ctx, id, status, signedOn);
    const programIds = new Map<string, string>();
    for (const { key, sponsorKeys, agreementKeys, ...rest } of data.programs) {
      const values = ProgramInput.parse({
        ...rest,
        sponsorIds: sponsorKeys.map((k) => lookup(orgIds, k, 'organisation')),
        agreementIds: agreementKeys.map((k) => lookup(agreementIds, k, 'agreement')),
      });
      programIds.set(key, createProgram(ctx, values).id);
    }
    const intakeIds = new Map<string, string>();
    for (const { programKey, key, ...rest } of data.intakes) {
      const intake = createIntake(ctx, IntakeInput.parse({ ...rest, programId: lookup(programIds, programKey, 'program') }));
      if (key) intakeIds.set(key, intake.id);
    }
    // Applications walk their lifecycle step by step, as a screening would, so the demo obeys its rules.
    const applicationIds = new Map<string, string>();
    for (const { intakeKey, personKey, status, ...rest } of data.applications) {
      const applicantId = lookup(personIds, personKey, 'person');
      const { id } = createApplication(ctx, ApplicationInput.parse({ ...rest, applicantId, intakeId: lookup(intakeIds, intakeKey, 'intake') }));
      for (const to of applicationLifecycle.path('submitted', status) ?? unknownName('application status', status)) transitionApplication(ctx, { id, to });
      applicationIds.set(personKey, id);
    }
    for (const { personKey, status, ...rest } of data.awards) {
      const { id } = createAward(ctx, AwardInput.parse({ ...rest, applicationId: lookup(applicationIds, personKey, 'application') }));
      for (const to of awardLifecycle.path('offered', status) ?? unknownName('award status', status)) transitionAward(ctx, { id, to });
    }
    const projectIds = new Map<string, string>();
    for (const { key, status, partners, agreementKeys, ...rest } of data.projects) {
      const values = ProjectInput.parse({
        ...rest,
        partners: partners.map((p) => ({ organisationId: lookup(orgIds, p.organisationKey, 'organisation'), role: p.role })),
        agreementIds: agreementKeys.map((k) => lookup(agreementIds, k, 'agreement')),
      });
      const project = createProject(ctx, values);
      walkProjectTo(ctx, project.id, status);
      projectIds.set(key, project.id);
    }
    for (const { agreementKey, item, subject, note } of data.outcomes) {
      const items = getAgreement(ctx, lookup(agreementIds, agreementKey, 'agreement')).items;
      const itemId = items[item]?.id ?? unknownName('cooperation item', `${agreementKey} item ${item + 1}`);
      const subjectId =
        subject.kind === 'program'
          ? lookup(programIds, subject.key, 'program')
          : subject.kind === 'project'
            ? lookup(projectIds, subject.key, 'project')
            : (getProject(ctx, lookup(projectIds, subject.key, 'project')).outputs[subject.output ?? 0]?.id ??
              unknownName('output', `${subject.key} output ${(subject.output ?? 0) + 1}`));
      linkOutcome(ctx, OutcomeLinkInput.parse({ itemId, subject: { kind: subject.kind, id: subjectId }, note }));
    }
    for (const { organiserKeys, agreementKey, itemIndex, attendees, ...rest } of data.events) {
      const items = agreementKey ? (itemIds.get(agreementKey) ?? []) : [];
      if (itemIndex !== null && items[itemIndex] === undefined) unknownName('cooperation item', `${agreementKey} #${itemIndex}`);
      createEvent(
        ctx,
        EventInput.parse({
          ...rest,
          organiserIds: organiserKeys.map((k) => lookup(orgIds, k, 'organisation')),
          agreementId: agreementKey ? lookup(agreementIds, agreementKey, 'agreement') : null,
          cooperationItemId: itemIndex === null ? null : items[itemIndex],
          attendees: attendees.map(({ personKey, ...attendee }) => ({ ...attendee, personId: lookup(personIds, personKey, 'person') })),
        }),
      );
    }
    for (const { intern, hostKey, supervisorKey, programKey, agreementKey, status, ...rest } of data.placements) {
      const internId = createPerson(ctx, PersonInput.parse(intern)).id;
      const placement = createPlacement(
        ctx,
        PlacementInput.parse({
          ...rest,
          internId,
          hostId: lookup(orgIds, hostKey, 'organisation'),
          supervisorId: supervisorKey ? lookup(personIds, supervisorKey, 'person') : null,
          programId: programKey ? lookup(programIds, programKey, 'program') : null,
          agreementId: agreementKey ? lookup(agreementIds, agreementKey, 'agreement') : null,
        }),
      );
      // Outcomes past "active" are reached the way an office would: one legal move at a time.
      for (const to of placementLifecycle.path('active', status) ?? []) transitionPlacement(ctx, { id: placement.id, to });
    }
    setDemoState(ctx, 'loaded');
    recordAudit(ctx, { entity: 'register', entityId: 'demo', action: 'seed', before: null, after: { agreements: statuses.length } });
    return { organisations: orgIds.size, people: personIds.size, agreements: agreementIds.size };
  });
}
