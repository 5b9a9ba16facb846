import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { EventPayload } from '../../shared/ipc/contract';
import { readFixture } from './import-fixtures';
import { openTestCore, type TestCore } from './fixtures';

async function importFixture(t: TestCore, name = 'register.csv') {
  const preview = await readFixture(t, name);
  const result = await t.call('imports:commit', { sessionId: preview.sessionId, options: preview.options });
  return { preview, result };
}

const totals = async (t: TestCore) => ({
  agreements: (await t.call('agreements:list', {})).total,
  organisations: (await t.call('organisations:list', {})).total,
  imports: (await t.call('imports:list', {})).total,
});

describe('committing an import', () => {
  it('creates an agreement per readable row, between the office and the row’s partners, as the register writes it', async () => {
    // The register's "as of" day, so what is in force by its dates does not move with the calendar.
    const t = openTestCore({ now: () => new Date('2024-03-01T09:00:00Z') });
    const progress: Array<EventPayload<'imports:progress'>> = [];
    t.core.subscribe((event, payload) => {
      if (event === 'imports:progress') progress.push(payload as EventPayload<'imports:progress'>);
    });
    const { preview, result } = await importFixture(t);
    expect(result).toMatchObject({ created: 41, alreadyImported: 1, unreadable: 1, empty: 1 });
    // 41 partners (KAIST and " kaist " are one; University of Tokyo is named twice) plus the office.
    expect(result.organisationsCreated).toBe((await t.call('organisations:list', {})).total);
    expect(await totals(t)).toMatchObject({ agreements: 41, imports: 1 });
    const detailOf = async (search: string) => t.call('agreements:get', { id: (await t.call('agreements:list', { search })).rows[0].id });

    // A month-only date stays a month; "until terminated" is an open-ended term, in force; the row is kept as written.
    const tum = await detailOf('doctoral');
    expect(tum.parties.map((p) => p.organisationName)).toEqual(['Example University', 'Technische Universität München']);
    expect(tum).toMatchObject({ kind: 'mou', status: 'active', fromRecords: true, signatoriesRecorded: false, referenceNo: 'OGE-2019-019', signedOn: '2019-09', termKind: 'open_ended', termText: 'until terminated', expiresOn: null });
    expect(tum.originalText).toBe(
      'Imported from register.csv, row 11:\nNo.: 7\nPartner Institution: Technische Universität München\nCountry: Germany\nType of Agreement: MoU\nTitle: Faculty and doctoral exchange\nDate Signed: Sept. 2019\nDuration: until terminated\nStatus: Active\nRef. No.: OGE-2019-019\nRemarks: Month only in the original register',
    );
    expect(tum.notes).toBe('Month only in the original register');
    expect(tum.parties[1].country).toBe('DE');

    // Renewed automatically unless notice is given: in force years after its first three years ended.
    expect(await detailOf('semiconductors')).toMatchObject({ status: 'active', termKind: 'auto_renewing', signedOn: '2019-03-04', renewalPeriodMonths: 36 });
    // "Expired" and "lapsed" are entered as expired; a fixed term with its dates, as written.
    expect(await detailOf('Tri-partite')).toMatchObject({ status: 'expired', fromRecords: true, durationMonths: 24 });
    expect(await detailOf('Cybersecurity')).toMatchObject({ status: 'active', signedOn: '2022-07-04', expiresOn: '2027-07-03', durationMonths: 60, termText: '5 years' });
    // "Active" in the register, but its five years ended in 2023: entered as expired, and the row says why.
    const tokyo = await detailOf('Academic exchange and cooperation');
    expect(tokyo).toMatchObject({ status: 'expired', termText: 'for a period of five (5) years', durationMonths: 60 });
    const tokyoRow = preview.rows.find((row) => row.cells[0] === '1')!;
    expect(tokyoRow.draft?.entersAs).toBe('expired');
    expect(tokyoRow.problems.map((p) => p.key)).toContain('import.saidInForceButEnded');
    expect(tokyo.notes).toContain('The register says “Active”, but by its dates its term ended 20 September 2023, so it is entered as expired.');

    const saving = progress.filter((p) => p.phase === 'saving');
    expect(saving.at(-1)).toMatchObject({ done: 41, total: 41 });
    expect(progress.at(-1)).toMatchObject({ phase: 'done' });
    const [listed] = (await t.call('imports:list', {})).rows;
    expect(listed).toMatchObject({ fileName: 'register.csv', rows: 44, created: 41, alreadyImported: 1, unreadable: 1, undoneAt: null });
    expect((await t.call('audit:list', { entityId: listed.id })).rows.map((row) => row.action)).toEqual(['create']);
  });

  it('changes nothing when the same file is imported again, and says every row is in already', async () => {
    const t = openTestCore();
    await importFixture(t);
    const before = await totals(t);
    const audit = (await t.call('audit:list', {})).total;
    const again = await readFixture(t);
    expect(again.earlier).toHaveLength(1);
    expect(again.counts).toMatchObject({ create: 0, alreadyImported: 42, unreadable: 1, empty: 1 });
    expect(again.rows[0].problems[0].message).toMatch(/^Already imported \(from register\.csv on \d{4}-\d{2}-\d{2}, row 5\)\.$/);
    const result = await t.call('imports:commit', { sessionId: again.sessionId, options: again.options });
    expect(result).toEqual({ importId: null, created: 0, alreadyImported: 42, unreadable: 1, empty: 1, organisationsCreated: 0 });
    expect(await totals(t)).toEqual(before);
    expect((await t.call('audit:list', {})).total).toBe(audit);
  });

  it('skips only the rows already in when a longer version of the register comes in', async () => {
    const t = openTestCore();
    const first = 'Partner,Signed,Title\nKyoto University,2020-06-01,Exchange\n';
    const read = async (csv: string) => t.call('imports:read', { fileName: 'r.csv', contentBase64: Buffer.from(csv).toString('base64'), options: { homeOrganisation: 'Example University' } });
    const one = await read(first);
    await t.call('imports:commit', { sessionId: one.sessionId, options: one.options });
    // The same row in a file whose columns were moved is still the same row.
    const longer = await read('Title,Partner,Signed\nExchange,Kyoto University,2020-06-01\nResearch,Osaka University,2021-01-01\n');
    expect(longer.rows.map((row) => row.outcome)).toEqual(['already_imported', 'create']);
    expect(await t.call('imports:commit', { sessionId: longer.sessionId, options: longer.options })).toMatchObject({ created: 1, alreadyImported: 1 });
    expect((await t.call('agreements:list', {})).total).toBe(2);
  });

  it('never cuts a term too long for its field: the whole cell stays in the original text', async () => {
    const t = openTestCore();
    const prose = `As agreed in the minutes ${'of the joint committee meeting held in Seoul '.repeat(14)}`.trim();
    expect(prose.length).toBeGreaterThan(500);
    const csv = `Partner,Signed,Title,Duration\nKyoto University,2020-06-01,Exchange,"${prose}"\n`;
    const read = await t.call('imports:read', { fileName: 'r.csv', contentBase64: Buffer.from(csv).toString('base64'), options: { homeOrganisation: 'Example University' } });
    expect(await t.call('imports:commit', { sessionId: read.sessionId, options: read.options })).toMatchObject({ created: 1 });
    const [row] = (await t.call('agreements:list', {})).rows;
    const detail = await t.call('agreements:get', { id: row.id });
    expect(detail).toMatchObject({ termKind: 'unknown', termText: '' });
    expect(detail.originalText).toContain(`Duration: ${prose}`);
  });

  it('commits what the preview read when nothing changed, and reads the file again when the register moved', async () => {
    const t = openTestCore();
    const csv = 'Partner,Signed,Title,Ref. No.\nKyoto University,2020-06-01,Exchange,KY-1\nOsaka University,2021-01-01,Research,OS-1\n';
    const read = async () => t.call('imports:read', { fileName: 'r.csv', contentBase64: Buffer.from(csv).toString('base64'), options: { homeOrganisation: 'Example University' } });
    // Two windows preview the same file; one commits first (another connection's commit).
    const first = await read();
    const second = await read();
    expect(second.counts.create).toBe(2);
    expect(await t.call('imports:commit', { sessionId: first.sessionId, options: first.options })).toMatchObject({ created: 2 });
    expect(await t.call('imports:commit', { sessionId: second.sessionId, options: second.options })).toMatchObject({ importId: null, created: 0, alreadyImported: 2 });
    expect((await t.call('agreements:list', {})).total).toBe(2);

    // A reference the file uses is taken on the main connection after the preview: that row is refused at commit, the other comes in.
    const t2 = openTestCore();
    const preview = await t2.call('imports:read', { fileName: 'r.csv', contentBase64: Buffer.from(csv).toString('base64'), options: { homeOrganisation: 'Example University' } });
    const kyoto = await t2.call('organisations:create', { name: 'Kyoto Sangyo University', kind: 'university', country: 'JP' });
    const nara = await t2.call('organisations:create', { name: 'Nara Women’s University', kind: 'university', country: 'JP' });
    await t2.call('agreements:create', {
      kind: 'mou',
      title: 'Typed in meanwhile',
      referenceNo: 'KY-1',
      parties: [{ organisationId: kyoto.id, signatories: [] }, { organisationId: nara.id, signatories: [] }],
    });
    expect(await t2.call('imports:commit', { sessionId: preview.sessionId, options: preview.options })).toMatchObject({ created: 1, unreadable: 1 });
  });

  it('undoes an import as a whole: its agreements and the organisations it made are removed, audited, and the file can come in again', async () => {
    const t = openTestCore();
    const kaist = await t.call('organisations:create', { name: 'KAIST', kind: 'university', country: 'KR' });
    const { result } = await importFixture(t);
    const undone = await t.call('imports:undo', { id: result.importId! });
    expect(undone).toMatchObject({ agreementsRemoved: 41, organisationsRemoved: result.organisationsCreated, organisationsKept: [] });
    expect(await totals(t)).toEqual({ agreements: 0, organisations: 1, imports: 1 });
    expect(await t.call('organisations:get', { id: kaist.id })).toMatchObject({ name: 'KAIST' }); // it was there before
    const [listed] = (await t.call('imports:list', {})).rows;
    expect(listed.undoneAt).not.toBeNull();
    expect((await t.call('audit:list', { entityId: result.importId! })).rows.map((row) => row.action)).toEqual(['delete', 'create']);
    expect(await t.send('imports:undo', { id: result.importId! })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/already undone/) } });
    const again = await readFixture(t);
    expect(again.counts.create).toBe(41);
  });

  it('refuses to undo when an agreement it created was edited since, naming it, and removes nothing', async () => {
    const t = openTestCore();
    const { result } = await importFixture(t);
    const [arctic] = (await t.call('agreements:list', { search: 'Arctic' })).rows;
    const detail = await t.call('agreements:get', { id: arctic.id });
    // A typo copied from the register, corrected with a reason after the import.
    await t.call('agreements:correct', {
      id: arctic.id,
      expectedUpdatedAt: detail.updatedAt,
      values: { ...detail, title: 'Arctic research (corrected)', statusFromRecords: null, parties: detail.parties.map((p) => ({ organisationId: p.organisationId })) },
      reason: 'Title copied wrongly',
    });
    const refused = await t.send('imports:undo', { id: result.importId! });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'The import cannot be undone: an agreement it created was edited, signed or given documents since (OGE-2024-001 “Arctic research (corrected)”). Nothing was removed.' },
    });
    expect((await totals(t)).agreements).toBe(41);
  });

  it('keeps an organisation it made that another agreement has used since, and says so', async () => {
    const t = openTestCore();
    const { result } = await importFixture(t);
    const [oslo] = (await t.call('organisations:list', { search: 'Oslo' })).rows;
    const other = await t.call('organisations:create', { name: 'Norwegian Research Council', kind: 'government_agency' });
    await t.call('agreements:create', { kind: 'mou', title: 'Later', parties: [{ organisationId: oslo.id }, { organisationId: other.id }] });
    const undone = await t.call('imports:undo', { id: result.importId! });
    expect(undone.organisationsKept).toEqual(['University of Oslo']);
    expect((await t.call('organisations:get', { id: oslo.id })).name).toBe('University of Oslo');
  });

  it('saves all or nothing: a failure on the 40th row leaves no agreement, organisation or import behind', async () => {
    const t = openTestCore();
    // The disk (or anything below the services) failing part-way, as SQLite would report it.
    const raw = new Database(t.dbFile);
    raw.exec(`CREATE TRIGGER refuse_arctic BEFORE INSERT ON agreements WHEN NEW.title = 'Arctic research' BEGIN SELECT RAISE(ABORT, 'disk trouble'); END;`);
    raw.close();
    const preview = await readFixture(t);
    const failed = await t.send('imports:commit', { sessionId: preview.sessionId, options: preview.options });
    expect(failed.ok).toBe(false);
    expect(JSON.stringify(failed)).not.toMatch(/SQLITE|disk trouble|at .*\.ts/);
    expect(await totals(t)).toEqual({ agreements: 0, organisations: 0, imports: 0 });
    expect((await t.call('audit:list', {})).total).toBe(0);
  });

  it('refuses to commit without the office named, or while a close match is undecided', async () => {
    const t = openTestCore();
    await t.call('organisations:create', { name: 'Seoul National Univ.', kind: 'university' });
    const preview = await readFixture(t, 'register.csv', {});
    expect(await t.send('imports:commit', { sessionId: preview.sessionId, options: preview.options })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', key: 'import.homeMissing' },
    });
    const named = { ...preview.options, homeOrganisation: 'Example University' };
    expect(await t.send('imports:commit', { sessionId: preview.sessionId, options: named })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringMatching(/^One partner resembles an organisation already in the register/) },
    });
    expect((await totals(t)).agreements).toBe(0);
  });

  it('imports the XLSX register and the Korean and Chinese encodings the same way', async () => {
    const t = openTestCore();
    expect((await importFixture(t, 'register.xlsx')).result.created).toBe(41);
    expect((await importFixture(t, 'korean-cp949.csv')).result.created).toBe(6);
    expect((await importFixture(t, 'chinese-gb18030.csv')).result.created).toBe(6);
    const [snu] = (await t.call('organisations:list', { search: '서울대학교' })).rows;
    expect(snu).toMatchObject({ name: '서울대학교', kind: 'university', country: 'KR' });
  });
});
