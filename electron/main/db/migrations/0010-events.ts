import type { Db } from '../connection';

/**
 * Events (forums, signing ceremonies, competitions…) and series of them, and the indexes the
 * calendar reads dates through.
 *
 * An event keeps its dates and wall-clock times with its IANA zone, as people gave them; main adds
 * what the indexes need: the first occurrence's instants (UTC, for sorting lists) and the first and
 * last day any occurrence touches in the event's zone (`last_on` NULL: a series that never ends).
 * A series' rule is JSON, read only with its event; its cancelled or moved dates are child rows.
 *
 * The calendar asks "what touches days from…to" without reading the whole register. A single
 * event is found by its first day within `from - span … to`, where `span_class` bounds its length
 * (a day, a week, a month, a year, longer), so each class is one index range no wider than the
 * window plus its longest event. Series are few and are found by their last day.
 */
export function up(db: Db): void {
  db.exec(`
    CREATE TABLE events (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL,
      title TEXT NOT NULL,
      description TEXT NOT NULL DEFAULT '',
      all_day INTEGER NOT NULL CHECK (all_day IN (0, 1)),
      starts_on TEXT NOT NULL,
      start_time TEXT,
      ends_on TEXT NOT NULL,
      end_time TEXT,
      time_zone TEXT NOT NULL,
      place TEXT NOT NULL DEFAULT '',
      agreement_id TEXT REFERENCES agreements(id),
      cooperation_item_id TEXT REFERENCES cooperation_items(id),
      outcome_notes TEXT NOT NULL DEFAULT '',
      notes TEXT NOT NULL DEFAULT '',
      recurrence TEXT CHECK (recurrence IS NULL OR json_valid(recurrence)),
      starts_at TEXT NOT NULL,
      ends_at TEXT NOT NULL,
      first_on TEXT NOT NULL,
      last_on TEXT,
      span_class INTEGER NOT NULL CHECK (span_class BETWEEN 0 AND 4),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      deleted_at TEXT
    );
    -- The register sorts by start, title or last change (live rows are one range of each).
    CREATE INDEX events_by_start ON events(deleted_at, starts_at);
    CREATE INDEX events_by_title ON events(deleted_at, title COLLATE NOCASE);
    CREATE INDEX events_by_updated ON events(deleted_at, updated_at);
    CREATE INDEX events_kind_by_start ON events(kind, starts_at) WHERE deleted_at IS NULL;
    -- An agreement's page lists its events, newest first.
    CREATE INDEX events_agreement ON events(agreement_id, starts_at) WHERE deleted_at IS NULL;
    -- The calendar: single events by length class and first day; series by last day.
    CREATE INDEX events_single_days ON events(span_class, first_on) WHERE deleted_at IS NULL AND recurrence IS NULL;
    CREATE INDEX events_series_days ON events(ifnull(last_on, '9999-12-31'), first_on) WHERE deleted_at IS NULL AND recurrence IS NOT NULL;

    CREATE TABLE event_organisers (
      id TEXT PRIMARY KEY,
      event_id TEXT NOT NULL REFERENCES events(id),
      organisation_id TEXT NOT NULL REFERENCES organisations(id),
      position INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      deleted_at TEXT
    );
    CREATE INDEX event_organisers_event ON event_organisers(event_id, position);
    CREATE INDEX event_organisers_organisation ON event_organisers(organisation_id, event_id);

    CREATE TABLE event_attendees (
      id TEXT PRIMARY KEY,
      event_id TEXT NOT NULL REFERENCES events(id),
      person_id TEXT NOT NULL REFERENCES people(id),
      role TEXT NOT NULL,
      note TEXT NOT NULL DEFAULT '',
      position INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      deleted_at TEXT
    );
    CREATE INDEX event_attendees_event ON event_attendees(event_id, position);
    CREATE INDEX event_attendees_person ON event_attendees(person_id, event_id);

    CREATE TABLE event_exceptions (
      id TEXT PRIMARY KEY,
      event_id TEXT NOT NULL REFERENCES events(id),
      occurrence_on TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('cancelled', 'moved')),
      starts_on TEXT,
      start_time TEXT,
      ends_on TEXT,
      end_time TEXT,
      note TEXT NOT NULL DEFAULT '',
      position INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      deleted_at TEXT
    );
    CREATE INDEX event_exceptions_event ON event_exceptions(event_id, position);

    -- The signing records made at a ceremony (signing records themselves are append-only).
    CREATE TABLE event_signing_records (
      id TEXT PRIMARY KEY,
      event_id TEXT NOT NULL REFERENCES events(id),
      signing_record_id TEXT NOT NULL REFERENCES signing_records(id),
      position INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      deleted_at TEXT
    );
    CREATE INDEX event_signing_records_event ON event_signing_records(event_id, position);
    CREATE INDEX event_signing_records_record ON event_signing_records(signing_record_id, event_id);

    CREATE VIRTUAL TABLE event_search USING fts5(body, tokenize = 'trigram');

    -- The calendar's other dates, each read as a range of its own index.
    CREATE INDEX agreements_signed_day ON agreements(signed_on) WHERE deleted_at IS NULL AND signed_on IS NOT NULL;
    CREATE INDEX agreements_effective_day ON agreements(effective_on) WHERE deleted_at IS NULL AND effective_on IS NOT NULL;
    CREATE INDEX agreements_expiry_day ON agreements(expires_on) WHERE deleted_at IS NULL AND expires_on IS NOT NULL;
    CREATE INDEX agreements_renewal_notice_day ON agreements(date(expires_on, '-' || renewal_notice_days || ' days'))
      WHERE deleted_at IS NULL AND expires_on IS NOT NULL AND renewal_notice_days IS NOT NULL;
    CREATE INDEX cooperation_items_due_day ON cooperation_items(due_on) WHERE deleted_at IS NULL AND due_on IS NOT NULL;
  `);
}
