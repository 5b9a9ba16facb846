import { localToday } from '../../../../shared/calendar';
import { AppError, fieldIssue, type FieldIssue } from '../../../../shared/errors';
import type { ChannelParsedInput } from '../../../../shared/ipc/contract';
import type { Project, ProjectValues } from '../../../../shared/models/project';
import { projectLifecycle, type ProjectStatus } from '../../../../shared/research/project-lifecycle';
import { moveParams } from '../../../../shared/lifecycle/define-lifecycle';
import type { RowStamp } from '../../db/record-table';
import { agreementTable } from '../../db/repos/agreement-repo';
import { organisationTable } from '../organisations';
import { personTable } from '../people';
import { linksStillLive, recordService, type Removal } from '../../services/record-service';
import { newId, type ServiceContext } from '../../services/service-context';
import { linkCount } from '../outcomes/outcome-queries';
import { outputsRemovedBy, saveOutputs } from './project-outputs';
import {
  projectAgreements,
  projectBudget,
  projectMilestones,
  projectPartners,
  projectPeople,
  projectTable,
  type ProjectColumns,
} from './project-table';

export const projects = recordService<ProjectColumns, Project>({ table: projectTable, noun: 'research project' });

export const getProject = projects.get;

export function queryProjects(ctx: ServiceContext, query: ChannelParsedInput<'projects:list'>) {
  return projectTable.list(ctx.db, query, localToday(ctx.now()));
}

/** Every partner, person, agreement and budget source must exist now; each missing one is named at its own row. */
function checkLinks(ctx: ServiceContext, values: ProjectValues): void {
  const organisation = (id: string, path: string) => (organisationTable.exists(ctx.db, id) ? [] : [fieldIssue(path, 'field.chooseExistingOrganisation')]);
  const issues: FieldIssue[] = [
    ...values.partners.flatMap((p, i) => organisation(p.organisationId, `partners.${i}.organisationId`)),
    ...values.team.flatMap((m, i) => (personTable.exists(ctx.db, m.personId) ? [] : [fieldIssue(`team.${i}.personId`, 'field.chooseExistingPerson')])),
    ...values.agreementIds.flatMap((id, i) => (agreementTable.exists(ctx.db, id) ? [] : [fieldIssue(`agreementIds.${i}`, 'field.chooseExistingAgreement')])),
    ...values.budget.flatMap((b, i) => organisation(b.organisationId, `budget.${i}.organisationId`)),
  ];
  if (issues.length) {
    throw new AppError('VALIDATION', issues.length === 1 ? issues[0].key : 'project.referencesMissing', undefined, issues);
  }
}

/** An output that fulfils a cooperation item is unlinked there first: an edit never drops a link silently. */
function checkRemovedOutputs(ctx: ServiceContext, id: string, values: ProjectValues): void {
  for (const output of outputsRemovedBy(ctx.db, id, values.outputs)) {
    if (linkCount(ctx.db, 'output', [output.id]) > 0) {
      throw new AppError('CONFLICT', 'project.outputStillLinked', { title: output.title }, [fieldIssue('outputs', 'project.outputStillLinked', { title: output.title })]);
    }
  }
}

function columns(values: ProjectValues, status: Project['status']): ProjectColumns {
  const { kind, title, summary, startsOn, endsOn, headcounts, places, notes } = values;
  return { kind, status, title, summary, startsOn, endsOn, headcounts, places, notes };
}

function saveChildren(ctx: ServiceContext, id: string, values: ProjectValues, stamp: RowStamp): void {
  projectPartners.save(ctx.db, id, values.partners, stamp, newId);
  projectPeople.save(ctx.db, id, values.team.map((m) => ({ personId: m.personId, role: m.role, principal: m.principal ? 1 : 0 })), stamp, newId);
  projectAgreements.save(ctx.db, id, values.agreementIds.map((agreementId) => ({ agreementId })), stamp, newId);
  projectBudget.save(ctx.db, id, values.budget, stamp, newId);
  projectMilestones.save(ctx.db, id, values.milestones, stamp, newId);
  saveOutputs(ctx.db, id, values.outputs, stamp, newId);
}

/** A new project starts as proposed; it moves on with `projects:transition`. */
export function createProject(ctx: ServiceContext, values: ProjectValues): Project {
  // Output ids belong to saved outputs; on a new project every output is new.
  const fresh = { ...values, outputs: values.outputs.map(({ id: _id, ...output }) => output) };
  return projects.create(
    ctx,
    () => {
      checkLinks(ctx, fresh);
      return columns(fresh, 'proposed');
    },
    (id, stamp) => saveChildren(ctx, id, fresh, stamp),
  );
}

export function updateProject(ctx: ServiceContext, input: ChannelParsedInput<'projects:update'>): Project {
  return projects.update(
    ctx,
    input,
    (before) => {
      checkLinks(ctx, input.values);
      checkRemovedOutputs(ctx, input.id, input.values);
      return columns(input.values, before.status);
    },
    { after: (id, stamp) => saveChildren(ctx, id, input.values, stamp) },
  );
}

/** Moves a project along its lifecycle; a refused move says why, with the field to fix. */
export function transitionProject(ctx: ServiceContext, input: ChannelParsedInput<'projects:transition'>): Project {
  return projects.update(
    ctx,
    { id: input.id, expectedUpdatedAt: input.expectedUpdatedAt },
    (before) => {
      const problems = projectLifecycle.problems(before, input.to);
      if (problems.length) {
        const [first] = problems;
        if (problems.length === 1) throw new AppError('ILLEGAL_TRANSITION', first.key, first.params, problems);
        throw new AppError('ILLEGAL_TRANSITION', 'lifecycle.blocked', { count: problems.length }, problems);
      }
      return { ...projectTable.fieldsOf(before), status: input.to };
    },
    { action: 'transition' },
  );
}

/** Tombstones the project; refused while it (or one of its outputs) still fulfils a cooperation item. */
/** Brings a deleted project back, unless a partner, member, agreement or funder it names is deleted now. */
export function restoreProject(ctx: ServiceContext, removal: Removal): Project {
  return projects.restore(ctx, removal, (restored) => linksStillLive(() => checkLinks(ctx, restored)));
}

export function deleteProject(ctx: ServiceContext, removal: Removal): { id: string } {
  const { id } = removal;
  return projects.remove(ctx, removal, (before) => {
    const count = linkCount(ctx.db, 'project', [id]) + linkCount(ctx.db, 'output', before.outputs.map((o) => o.id));
    if (count > 0) throw new AppError('CONFLICT', 'project.stillLinked', { title: before.title, count });
  });
}

/**
 * Walks a project to `target` through the shortest run of legal moves, each checked and audited like
 * a user's (the demo data, imports).
 */
export function walkProjectTo(ctx: ServiceContext, id: string, target: ProjectStatus): void {
  const from = projects.get(ctx, id).status;
  const steps = projectLifecycle.path(from, target);
  if (!steps) throw new AppError('ILLEGAL_TRANSITION', 'lifecycle.neverBecome', moveParams('research project', from, target));
  for (const to of steps) transitionProject(ctx, { id, to });
}
