import type { Db } from '../connection';

/** Each list sort's key: never NULL (a page seeks past it), a stand-in putting unscored applications last both ways. */
const SORT_KEYS: Record<string, string> = {
  submitted: 'submitted_on',
  score_asc: 'ifnull(score, 101)',
  score_desc: 'ifnull(score, -1)',
  updated: 'updated_at',
};

/**
 * Applications to intakes (issue 9): who applied, when, the screening score and where the
 * application stands. Every list the app offers — the register, an intake's applications, a status
 * filter — reads its page from an index in sort order, and counts from one; filtered ones are
 * partial to live rows. A person's applications come from their own index. Needs only people and
 * intakes (migrations 1 and 6).
 */
export function up(db: Db): void {
  const indexes: string[] = [];
  for (const [name, key] of Object.entries(SORT_KEYS)) {
    // Unfiltered lists lead with deleted_at: live rows are one range, which a count reads from the index alone.
    indexes.push(`CREATE INDEX applications_by_${name} ON applications(deleted_at, ${key});`);
    indexes.push(`CREATE INDEX applications_intake_by_${name} ON applications(intake_id, ${key}) WHERE deleted_at IS NULL;`);
    indexes.push(`CREATE INDEX applications_status_by_${name} ON applications(status, ${key}) WHERE deleted_at IS NULL;`);
  }
  db.exec(`
    CREATE TABLE applications (
      id TEXT PRIMARY KEY,
      applicant_id TEXT NOT NULL REFERENCES people(id),
      intake_id TEXT NOT NULL REFERENCES intakes(id),
      status TEXT NOT NULL CHECK (status IN ('submitted', 'screening', 'accepted', 'rejected', 'withdrawn')),
      submitted_on TEXT NOT NULL,
      score REAL CHECK (score IS NULL OR (typeof(score) IN ('integer', 'real') AND score BETWEEN 0 AND 100)),
      reviewer_notes TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      deleted_at TEXT
    );
    ${indexes.join('\n    ')}
    -- A person's applications, newest first; also what a person's delete counts.
    CREATE INDEX applications_applicant ON applications(applicant_id, submitted_on) WHERE deleted_at IS NULL;

    CREATE VIRTUAL TABLE application_search USING fts5(body, tokenize = 'trigram');
  `);
}
