import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/main/db/connection';
import { migrate } from '../../electron/main/db/migrate';
import { MIGRATIONS } from '../../electron/main/db/migrations/index';
import { databasePath } from '../../electron/main/data-dir';
import { openTestCore, tempDir } from './fixtures';

const KAIST = '0190a0b0-0000-7000-8000-000000000001';
const CITY = '0190a0b0-0000-7000-8000-000000000002';
const AGREEMENT = '0190a0b0-0000-7000-8000-000000000101';
const ITEM = '0190a0b0-0000-7000-8000-000000000201';
const AT = '2025-03-01T00:00:00.000Z';

// Found by name, so the test holds whatever number the step has in the list.
const STEP = MIGRATIONS.findIndex((m) => m.name === 'projects');

describe('migration projects (research projects and outcomes)', () => {
  it('upgrades a register of the step before in place, after a backup, and its agreements can then have projects and outcomes', async () => {
    const dataDir = tempDir();
    const db = openDatabase(databasePath(dataDir));
    migrate(db, MIGRATIONS.slice(0, STEP), null);
    db.exec(`
      INSERT INTO organisations (id, name, kind, created_at, updated_at, updated_by) VALUES ('${KAIST}', 'KAIST', 'university', '${AT}', '${AT}', 'kim');
      INSERT INTO organisations (id, name, kind, created_at, updated_at, updated_by) VALUES ('${CITY}', 'Seongnam City', 'city', '${AT}', '${AT}', 'kim');
      INSERT INTO agreements (id, reference_no, kind, title, status, signed_on, created_at, updated_at, updated_by)
        VALUES ('${AGREEMENT}', 'MOU-2019-001', 'mou', 'Research centre', 'active', '2019-10-04', '${AT}', '${AT}', 'kim');
      INSERT INTO agreement_parties (id, agreement_id, organisation_id, position, created_at, updated_at, updated_by)
        VALUES ('p1', '${AGREEMENT}', '${KAIST}', 0, '${AT}', '${AT}', 'kim'), ('p2', '${AGREEMENT}', '${CITY}', 1, '${AT}', '${AT}', 'kim');
      INSERT INTO cooperation_items (id, agreement_id, description, position, created_at, updated_at, updated_by)
        VALUES ('${ITEM}', '${AGREEMENT}', 'Establish the research centre', 0, '${AT}', '${AT}', 'kim');
    `);
    db.close();

    const t = openTestCore({ dataDir });
    expect(fs.readdirSync(path.join(dataDir, 'backups')).some((name) => name.startsWith(`before-schema-${MIGRATIONS[STEP].version}`))).toBe(true);
    expect((await t.call('projects:list', {})).total).toBe(0);
    const centre = await t.call('projects:create', { kind: 'centre', title: 'Seongnam Research Center', partners: [{ organisationId: KAIST }], agreementIds: [AGREEMENT] });
    expect(centre.agreements).toEqual([{ id: AGREEMENT, name: 'MOU-2019-001 — Research centre' }]);
    await t.call('outcomes:link', { itemId: ITEM, subject: { kind: 'project', id: centre.id } });
    const produced = await t.call('outcomes:produced', { agreementId: AGREEMENT });
    expect(produced.items.map((i) => [i.item.description, i.outcomes.map((o) => o.subject.name)])).toEqual([['Establish the research centre', ['Seongnam Research Center']]]);
    expect((await t.call('partners:overview', { organisationId: CITY })).agreements.map((a) => a.referenceNo)).toEqual(['MOU-2019-001']);
    t.core.close();
    const check = new Database(databasePath(dataDir), { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    check.close();
  });
});
