import type { Db } from '../connection';

/** The stamps every shared row carries. */
const STAMPS = `created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      deleted_at TEXT`;

/**
 * Joint research projects and centres (issue 10), and outcomes: which record fulfils which
 * cooperation item. (Numbered 13 in the plan of issue 10; the runner needs contiguous numbers, so
 * this branch ships it as 8 and the merge renumbers it.)
 *
 * What a project points at (partners, people, agreements, budget sources) are rows of their own, so
 * a partner's page finds its projects through an index; milestones are rows too (a calendar reads
 * them by due date) and outputs keep their ids across edits (an outcome points at one). Headcounts
 * and places are read only with the project, so they are JSON. Money is integer minor units beside
 * its currency, as everywhere.
 */
export function up(db: Db): void {
  const sortKeys: Record<string, string> = {
    title: 'title COLLATE NOCASE',
    updated: 'updated_at',
    start_asc: "ifnull(starts_on, '~')",
    start_desc: "ifnull(starts_on, '')",
  };
  const indexes: string[] = [];
  for (const [name, key] of Object.entries(sortKeys)) {
    // Unfiltered lists lead with deleted_at (live rows are one range); status and kind filters carry each sort behind them.
    indexes.push(`CREATE INDEX projects_by_${name} ON projects(deleted_at, ${key});`);
    indexes.push(`CREATE INDEX projects_status_by_${name} ON projects(status, ${key}) WHERE deleted_at IS NULL;`);
    indexes.push(`CREATE INDEX projects_kind_by_${name} ON projects(kind, ${key}) WHERE deleted_at IS NULL;`);
  }
  db.exec(`
    CREATE TABLE projects (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('project', 'centre')),
      status TEXT NOT NULL CHECK (status IN ('proposed', 'active', 'completed', 'stopped')),
      title TEXT NOT NULL,
      summary TEXT NOT NULL DEFAULT '',
      starts_on TEXT,
      ends_on TEXT,
      headcounts TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(headcounts)),
      places TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(places)),
      notes TEXT NOT NULL DEFAULT '',
      ${STAMPS}
    );
    ${indexes.join('\n    ')}

    CREATE TABLE project_partners (
      id TEXT PRIMARY KEY,
      project_id TEXT NOT NULL REFERENCES projects(id),
      organisation_id TEXT NOT NULL REFERENCES organisations(id),
      role TEXT NOT NULL DEFAULT '',
      position INTEGER NOT NULL,
      ${STAMPS}
    );
    CREATE INDEX project_partners_project ON project_partners(project_id, position);
    -- A partner's projects (its page, the list's organisation filter).
    CREATE INDEX project_partners_organisation ON project_partners(organisation_id, project_id) WHERE deleted_at IS NULL;

    CREATE TABLE project_people (
      id TEXT PRIMARY KEY,
      project_id TEXT NOT NULL REFERENCES projects(id),
      person_id TEXT NOT NULL REFERENCES people(id),
      role TEXT NOT NULL DEFAULT '',
      principal INTEGER NOT NULL DEFAULT 0 CHECK (principal IN (0, 1)),
      position INTEGER NOT NULL,
      ${STAMPS}
    );
    CREATE INDEX project_people_project ON project_people(project_id, position);
    CREATE INDEX project_people_person ON project_people(person_id, project_id) WHERE deleted_at IS NULL;

    CREATE TABLE project_agreements (
      id TEXT PRIMARY KEY,
      project_id TEXT NOT NULL REFERENCES projects(id),
      agreement_id TEXT NOT NULL REFERENCES agreements(id),
      position INTEGER NOT NULL,
      ${STAMPS}
    );
    CREATE INDEX project_agreements_project ON project_agreements(project_id, position);
    CREATE INDEX project_agreements_agreement ON project_agreements(agreement_id, project_id) WHERE deleted_at IS NULL;

    CREATE TABLE project_budget (
      id TEXT PRIMARY KEY,
      project_id TEXT NOT NULL REFERENCES projects(id),
      organisation_id TEXT NOT NULL REFERENCES organisations(id),
      description TEXT NOT NULL DEFAULT '',
      amount_minor INTEGER NOT NULL CHECK (typeof(amount_minor) = 'integer' AND amount_minor >= 0),
      currency TEXT NOT NULL CHECK (length(currency) = 3),
      position INTEGER NOT NULL,
      ${STAMPS}
    );
    CREATE INDEX project_budget_project ON project_budget(project_id, position);
    -- What a partner puts into research, per currency, on its page.
    CREATE INDEX project_budget_organisation ON project_budget(organisation_id, currency) WHERE deleted_at IS NULL;

    CREATE TABLE project_milestones (
      id TEXT PRIMARY KEY,
      project_id TEXT NOT NULL REFERENCES projects(id),
      title TEXT NOT NULL,
      due_on TEXT NOT NULL,
      done_on TEXT,
      position INTEGER NOT NULL,
      ${STAMPS}
    );
    CREATE INDEX project_milestones_project ON project_milestones(project_id, position);
    -- A calendar reads milestones by due date.
    CREATE INDEX project_milestones_due ON project_milestones(due_on) WHERE deleted_at IS NULL;

    CREATE TABLE project_outputs (
      id TEXT PRIMARY KEY,
      project_id TEXT NOT NULL REFERENCES projects(id),
      kind TEXT NOT NULL CHECK (kind IN ('paper', 'patent', 'dataset', 'model', 'software', 'talk')),
      title TEXT NOT NULL,
      published_on TEXT,
      identifier TEXT NOT NULL DEFAULT '',
      position INTEGER NOT NULL,
      ${STAMPS}
    );
    CREATE INDEX project_outputs_project ON project_outputs(project_id, position);

    -- A record fulfilling a cooperation item. The item's agreement is kept beside it, so "what this
    -- agreement produced" is one index range; the subject is (kind, id) over an extensible list.
    CREATE TABLE outcomes (
      id TEXT PRIMARY KEY,
      agreement_id TEXT NOT NULL REFERENCES agreements(id),
      item_id TEXT NOT NULL REFERENCES cooperation_items(id),
      subject_kind TEXT NOT NULL,
      subject_id TEXT NOT NULL,
      note TEXT NOT NULL DEFAULT '',
      ${STAMPS}
    );
    CREATE INDEX outcomes_agreement ON outcomes(agreement_id, item_id) WHERE deleted_at IS NULL;
    CREATE INDEX outcomes_subject ON outcomes(subject_kind, subject_id) WHERE deleted_at IS NULL;
    -- One live link per item and subject.
    CREATE UNIQUE INDEX outcomes_once ON outcomes(item_id, subject_kind, subject_id) WHERE deleted_at IS NULL;

    -- A partner's page includes its sub-organisations (a university's graduate school).
    CREATE INDEX organisations_parent_live ON organisations(parent_id) WHERE deleted_at IS NULL;

    CREATE VIRTUAL TABLE project_search USING fts5(body, tokenize = 'trigram');
  `);
}
