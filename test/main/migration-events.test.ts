import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/main/db/connection';
import { migrate } from '../../electron/main/db/migrate';
import { MIGRATIONS } from '../../electron/main/db/migrations/index';
import { databasePath } from '../../electron/main/data-dir';
import { openTestCore, tempDir } from './fixtures';
import { forumSeries } from './event-fixtures';

const ORG = '0190a0b0-0000-7000-8000-000000000001';
const AGREEMENT = '0190a0b0-0000-7000-8000-000000000101';
const AT = '2025-03-01T00:00:00.000Z';

// Migration 8 for now: the lead renumbers it (12) when the branches meet.
// Found by name, so the test holds whatever number the step has in the list.
const STEP = MIGRATIONS.findIndex((m) => m.name === 'events');

describe('migration events', () => {
  it('upgrades a register of the step before in place, after a backup; its agreements then get events and its dates show on the calendar', async () => {
    const dataDir = tempDir();
    const db = openDatabase(databasePath(dataDir));
    migrate(db, MIGRATIONS.slice(0, STEP), null);
    db.exec(`
      INSERT INTO organisations (id, name, kind, created_at, updated_at, updated_by) VALUES ('${ORG}', 'Seongnam City', 'city', '${AT}', '${AT}', 'kim');
      INSERT INTO agreements (id, reference_no, kind, title, status, signed_on, expires_on, renewal_notice_days, created_at, updated_at, updated_by)
        VALUES ('${AGREEMENT}', 'MOU-2019-001', 'collaboration', 'AI research center', 'active', '2019-10-04', '2027-10-03', 455, '${AT}', '${AT}', 'kim');
    `);
    db.close();

    const t = openTestCore({ dataDir });
    expect(fs.readdirSync(path.join(dataDir, 'backups')).some((name) => name.startsWith('before-schema'))).toBe(true);
    const forum = await t.call('events:create', forumSeries({ agreementId: AGREEMENT, organiserIds: [ORG] }));
    expect(forum).toMatchObject({ agreement: { name: 'MOU-2019-001 — AI research center' }, organisers: [{ name: 'Seongnam City' }] });
    expect((await t.call('events:list', { agreementId: AGREEMENT })).rows.map((e) => e.id)).toEqual([forum.id]);
    // The agreement's dates from before the upgrade are on the calendar through the new indexes.
    const july = await t.call('calendar:range', { from: '2026-07-01', to: '2026-07-31' });
    expect(july.entries.map((e) => [e.kind, e.startsOn])).toEqual([
      ['renewalNotice', '2026-07-05'],
      ['event', '2026-07-09'],
    ]);
    t.core.close();
    const check = new Database(databasePath(dataDir), { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    check.close();
  });
});
