import type { Db } from '../connection';

/** Each placement list sort's key: never NULL (a page seeks past it); an open end sorts last both ways. */
const PLACEMENT_SORT_KEYS: Record<string, string> = {
  starts: 'starts_on',
  ends_asc: "ifnull(ends_on, '~')",
  ends_desc: "ifnull(ends_on, '')",
  updated: 'updated_at',
};

const EVALUATION_SORT_KEYS: Record<string, string> = { evaluated: 'evaluated_on', updated: 'updated_at' };
const HIRE_SORT_KEYS: Record<string, string> = { hired: 'hired_on', updated: 'updated_at' };

/** For each sort key: the unfiltered list's index, and one per filter column, partial to live rows. */
function listIndexes(table: string, keys: Record<string, string>, filters: readonly string[], trailing = ''): string[] {
  const statements: string[] = [];
  for (const [name, key] of Object.entries(keys)) {
    // Unfiltered lists lead with deleted_at: live rows are one range, which a count reads from the index alone.
    statements.push(`CREATE INDEX ${table}_by_${name} ON ${table}(deleted_at, ${key}${trailing && key !== trailing ? `, ${trailing}` : ''});`);
    for (const filter of filters) {
      statements.push(`CREATE INDEX ${table}_${filter.replace(/_id$/, '')}_by_${name} ON ${table}(${filter}, ${key}) WHERE deleted_at IS NULL;`);
    }
  }
  return statements;
}

/**
 * Intern placements, their evaluations, and hires (issue 9).
 *
 * - `placements`: intern, host, supervisor, the program and/or agreement it stems from (both may be
 *   missing), start and end as precisely as known (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), the evaluation's
 *   due day, the stipend in minor units with its currency, and the outcome status. Lists filter by
 *   host, supervisor and status, each with an index per sort; the unfiltered indexes carry
 *   `starts_on` so a start-range filter under another sort is checked in the index.
 * - `placement_evaluations`: dated, by an evaluator, scored, commented, with the uploaded form (a
 *   document of the placement) by id.
 * - `hires`: a person hired by or joining an organisation, and what it came from. The affiliation a
 *   hire opens in the person's history carries `hire_id`, so editing or removing the hire follows it.
 * - Funnel counts: applications of an intake by status, placements of a program by status, both
 *   read from an index alone.
 */
export function up(db: Db): void {
  db.exec(`
    CREATE TABLE placements (
      id TEXT PRIMARY KEY,
      intern_id TEXT NOT NULL REFERENCES people(id),
      host_id TEXT NOT NULL REFERENCES organisations(id),
      supervisor_id TEXT REFERENCES people(id),
      program_id TEXT REFERENCES programs(id),
      agreement_id TEXT REFERENCES agreements(id),
      status TEXT NOT NULL CHECK (status IN ('active', 'completed', 'left_early', 'hired', 'not_hired')),
      starts_on TEXT NOT NULL,
      ends_on TEXT,
      evaluation_due_on TEXT,
      stipend_minor INTEGER CHECK (stipend_minor IS NULL OR (typeof(stipend_minor) = 'integer' AND stipend_minor >= 0)),
      stipend_currency TEXT CHECK (stipend_currency IS NULL OR length(stipend_currency) = 3),
      stipend_per TEXT NOT NULL DEFAULT 'month' CHECK (stipend_per IN ('month', 'year', 'total')),
      notes TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      deleted_at TEXT,
      CHECK ((stipend_minor IS NULL) = (stipend_currency IS NULL))
    );
    ${listIndexes('placements', PLACEMENT_SORT_KEYS, ['host_id', 'supervisor_id', 'status'], 'starts_on').join('\n    ')}
    -- A person's internships, a program's and an agreement's placements: their sections, and what a delete counts.
    CREATE INDEX placements_intern ON placements(intern_id, starts_on) WHERE deleted_at IS NULL;
    CREATE INDEX placements_program ON placements(program_id, starts_on) WHERE deleted_at IS NULL;
    CREATE INDEX placements_agreement ON placements(agreement_id, starts_on) WHERE deleted_at IS NULL;
    -- A program's funnel: its placements by outcome, counted from the index alone.
    CREATE INDEX placements_program_status ON placements(program_id, status) WHERE deleted_at IS NULL;
    -- Reminders: running placements by evaluation due day.
    CREATE INDEX placements_evaluation_due ON placements(status, evaluation_due_on) WHERE deleted_at IS NULL AND evaluation_due_on IS NOT NULL;
    CREATE VIRTUAL TABLE placement_search USING fts5(body, tokenize = 'trigram');

    CREATE TABLE placement_evaluations (
      id TEXT PRIMARY KEY,
      placement_id TEXT NOT NULL REFERENCES placements(id),
      evaluated_on TEXT NOT NULL,
      evaluator_id TEXT NOT NULL REFERENCES people(id),
      score REAL CHECK (score IS NULL OR (typeof(score) IN ('integer', 'real') AND score BETWEEN 0 AND 100)),
      comments TEXT NOT NULL DEFAULT '',
      document_id TEXT REFERENCES documents(id),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      deleted_at TEXT
    );
    ${listIndexes('placement_evaluations', EVALUATION_SORT_KEYS, ['placement_id', 'evaluator_id']).join('\n    ')}
    CREATE INDEX placement_evaluations_document ON placement_evaluations(document_id) WHERE deleted_at IS NULL AND document_id IS NOT NULL;
    CREATE VIRTUAL TABLE evaluation_search USING fts5(body, tokenize = 'trigram');

    CREATE TABLE hires (
      id TEXT PRIMARY KEY,
      person_id TEXT NOT NULL REFERENCES people(id),
      organisation_id TEXT NOT NULL REFERENCES organisations(id),
      hired_on TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('intern_hired', 'graduate_hired', 'expert_joined')),
      title TEXT NOT NULL DEFAULT '',
      agreement_id TEXT REFERENCES agreements(id),
      program_id TEXT REFERENCES programs(id),
      placement_id TEXT REFERENCES placements(id),
      notes TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      deleted_at TEXT
    );
    ${listIndexes('hires', HIRE_SORT_KEYS, ['person_id', 'organisation_id', 'kind']).join('\n    ')}
    CREATE INDEX hires_agreement ON hires(agreement_id, hired_on) WHERE deleted_at IS NULL;
    CREATE INDEX hires_program ON hires(program_id, hired_on) WHERE deleted_at IS NULL;
    CREATE INDEX hires_placement ON hires(placement_id, hired_on) WHERE deleted_at IS NULL;
    CREATE VIRTUAL TABLE hire_search USING fts5(body, tokenize = 'trigram');

    ALTER TABLE person_affiliations ADD COLUMN hire_id TEXT REFERENCES hires(id);
    CREATE INDEX person_affiliations_hire ON person_affiliations(hire_id) WHERE hire_id IS NOT NULL;

    -- A program's funnel: its intakes' applications by status, counted from the index alone.
    CREATE INDEX applications_intake_status ON applications(intake_id, status) WHERE deleted_at IS NULL;
  `);
}
