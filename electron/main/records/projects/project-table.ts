import type { Milestone, Project, ProjectValues } from '../../../../shared/models/project';
import { defineChildRows } from '../../db/child-rows';
import { defineRecordTable, jsonColumn } from '../../db/record-table';
import { totalsByCurrency } from '../programs';

/** The fields a project keeps in its own row; what it links to, its budget, milestones and outputs are rows of their own. */
export type ProjectColumns = Pick<ProjectValues, 'kind' | 'title' | 'summary' | 'startsOn' | 'endsOn' | 'headcounts' | 'places' | 'notes'> & {
  status: Project['status'];
};

export const projectPartners = defineChildRows<{ organisationId: string; role: string }>({
  table: 'project_partners',
  parentColumn: 'project_id',
  columns: { organisationId: 'organisation_id', role: 'role' },
});

/** `principal` is stored as 0/1, so rows are compared (and kept) as SQLite returns them. */
export const projectPeople = defineChildRows<{ personId: string; role: string; principal: number }>({
  table: 'project_people',
  parentColumn: 'project_id',
  columns: { personId: 'person_id', role: 'role', principal: 'principal' },
});

export const projectAgreements = defineChildRows<{ agreementId: string }>({
  table: 'project_agreements',
  parentColumn: 'project_id',
  columns: { agreementId: 'agreement_id' },
});

export const projectBudget = defineChildRows<{ organisationId: string; description: string; amountMinor: number; currency: string }>({
  table: 'project_budget',
  parentColumn: 'project_id',
  columns: { organisationId: 'organisation_id', description: 'description', amountMinor: 'amount_minor', currency: 'currency' },
});

export const projectMilestones = defineChildRows<Milestone>({
  table: 'project_milestones',
  parentColumn: 'project_id',
  columns: { title: 'title', dueOn: 'due_on', doneOn: 'done_on' },
});

/** A JSON list of a project's live child rows in position order (a subquery orders what json_group_array reads). */
const list = (object: string, select: string) => `(SELECT json_group_array(json_object(${object})) FROM (${select}) x)`;

// Names of linked records are shown even once they are deleted: a link never vanishes silently.
const PARTNERS = list(
  `'organisationId', x.organisation_id, 'name', x.name, 'role', x.role`,
  `SELECT p.organisation_id, o.name, p.role FROM project_partners p JOIN organisations o ON o.id = p.organisation_id
    WHERE p.project_id = pj.id AND p.deleted_at IS NULL ORDER BY p.position`,
);
const TEAM = list(
  `'personId', x.person_id, 'name', x.name, 'role', x.role, 'principal', json(CASE x.principal WHEN 1 THEN 'true' ELSE 'false' END)`,
  `SELECT m.person_id, pe.name, m.role, m.principal FROM project_people m JOIN people pe ON pe.id = m.person_id
    WHERE m.project_id = pj.id AND m.deleted_at IS NULL ORDER BY m.position`,
);
// An agreement is named as pickers name it: its reference, then its title.
const AGREEMENTS = list(
  `'id', x.id, 'name', x.name`,
  `SELECT l.agreement_id AS id, CASE WHEN a.reference_no <> '' THEN a.reference_no || ' — ' || a.title ELSE a.title END AS name
    FROM project_agreements l JOIN agreements a ON a.id = l.agreement_id WHERE l.project_id = pj.id AND l.deleted_at IS NULL ORDER BY l.position`,
);
const BUDGET = list(
  `'organisationId', x.organisation_id, 'sourceName', x.name, 'description', x.description, 'amountMinor', x.amount_minor, 'currency', x.currency`,
  `SELECT b.organisation_id, o.name, b.description, b.amount_minor, b.currency FROM project_budget b JOIN organisations o ON o.id = b.organisation_id
    WHERE b.project_id = pj.id AND b.deleted_at IS NULL ORDER BY b.position`,
);
const MILESTONES = list(
  `'title', x.title, 'dueOn', x.due_on, 'doneOn', x.done_on`,
  `SELECT title, due_on, done_on FROM project_milestones WHERE project_id = pj.id AND deleted_at IS NULL ORDER BY position`,
);
const OUTPUTS = list(
  `'id', x.id, 'kind', x.kind, 'title', x.title, 'date', x.published_on, 'identifier', x.identifier`,
  `SELECT id, kind, title, published_on, identifier FROM project_outputs WHERE project_id = pj.id AND deleted_at IS NULL ORDER BY position`,
);

const parse = <T>(raw: unknown): T => JSON.parse(raw as string) as T;

/** Research projects and centres: partners, team and headcounts, agreements, places, budget, milestones, outputs. */
export const projectTable = defineRecordTable<ProjectColumns, Project>({
  table: 'projects',
  alias: 'pj',
  kind: 'project',
  columns: {
    kind: 'kind',
    status: 'status',
    title: 'title',
    summary: 'summary',
    startsOn: 'starts_on',
    endsOn: 'ends_on',
    headcounts: jsonColumn('headcounts'),
    places: jsonColumn('places'),
    notes: 'notes',
  },
  computed: `${PARTNERS} AS partners_json, ${TEAM} AS team_json, ${AGREEMENTS} AS agreements_json, ${BUDGET} AS budget_json,
    ${MILESTONES} AS milestones_json, ${OUTPUTS} AS outputs_json`,
  toRecord: (fields, row) => {
    const agreements = parse<Project['agreements']>(row.agreements_json);
    const budget = parse<Project['budget']>(row.budget_json);
    return {
      ...fields,
      partners: parse<Project['partners']>(row.partners_json),
      team: parse<Project['team']>(row.team_json),
      agreementIds: agreements.map((a) => a.id),
      agreements,
      budget,
      budgetTotals: totalsByCurrency(budget),
      milestones: parse<Project['milestones']>(row.milestones_json),
      outputs: parse<Project['outputs']>(row.outputs_json),
    };
  },
  sorts: {
    title: 'pj.title COLLATE NOCASE',
    // Projects without a start come last both ways (one index per filter serves both directions).
    startsOn: { nullable: 'pj.starts_on', high: "'~'", low: "''" },
    updatedAt: 'pj.updated_at',
  },
  filters: {
    kind: (kind: string) => ({ sql: 'pj.kind = ?', params: [kind] }),
    status: (status: string) => ({ sql: 'pj.status = ?', params: [status] }),
    // Both through the link tables' (agreement|organisation, project) indexes.
    agreementId: (agreementId: string) => ({
      sql: 'pj.id IN (SELECT project_id FROM project_agreements WHERE agreement_id = ? AND deleted_at IS NULL)',
      params: [agreementId],
    }),
    organisationId: (organisationId: string) => ({
      sql: 'pj.id IN (SELECT project_id FROM project_partners WHERE organisation_id = ? AND deleted_at IS NULL)',
      params: [organisationId],
    }),
  },
  searchText: {
    text: `concat_ws(' ', pj.title, pj.summary, pj.notes,
            (SELECT group_concat(h.value ->> 'role', ' ') FROM json_each(pj.headcounts) h),
            (SELECT group_concat(pl.value ->> 'name', ' ') FROM json_each(pj.places) pl),
            (SELECT group_concat(concat_ws(' ', o.name, p.role), ' ') FROM project_partners p JOIN organisations o ON o.id = p.organisation_id
              WHERE p.project_id = pj.id AND p.deleted_at IS NULL),
            (SELECT group_concat(concat_ws(' ', pe.name, m.role), ' ') FROM project_people m JOIN people pe ON pe.id = m.person_id
              WHERE m.project_id = pj.id AND m.deleted_at IS NULL),
            (SELECT group_concat(concat_ws(' ', a.reference_no, a.title), ' ') FROM project_agreements l JOIN agreements a ON a.id = l.agreement_id
              WHERE l.project_id = pj.id AND l.deleted_at IS NULL),
            (SELECT group_concat(concat_ws(' ', x.title, x.identifier), ' ') FROM project_outputs x
              WHERE x.project_id = pj.id AND x.deleted_at IS NULL))`,
  },
});
