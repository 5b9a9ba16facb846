import { describe, expect, it } from 'vitest';
import type { ImportPreview, ImportRowPreview } from '../../shared/models/import';
import { guessMapping } from '../../electron/main/imports/column-names';
import { splitPartners } from '../../electron/main/imports/split-partners';
import { ROWS } from '../fixtures/imports/register-rows';
import { readFixture } from './import-fixtures';
import { openTestCore } from './fixtures';

/** The preview row of the register row numbered `no` in the fixture (its "No." column). */
function byNo(preview: ImportPreview, no: string): ImportRowPreview {
  const row = preview.rows.find((candidate) => candidate.cells[0] === no);
  if (!row) throw new Error(`no row ${no}`);
  return row;
}

describe('interpreting a register', () => {
  it('guesses what each column holds from headers in English, Korean and Chinese', () => {
    expect(guessMapping(['No.', 'Partner Institution', 'Country', 'Type of Agreement', 'Title', 'Date Signed', 'Expiry Date', 'Duration', 'Status', 'Ref. No.', 'Remarks'])).toEqual([
      'ignore', 'partners', 'country', 'kind', 'title', 'signedOn', 'expiresOn', 'term', 'status', 'referenceNo', 'notes',
    ]);
    expect(guessMapping(['연번', '협약기관', '국가', '협약종류', '체결일', '만료일', '협약기간', '상태', '비고'])).toEqual([
      'ignore', 'partners', 'country', 'kind', 'signedOn', 'expiresOn', 'term', 'status', 'notes',
    ]);
    expect(guessMapping(['序号', '合作单位', '国家/地区', '协议类型', '签署日期', '到期日期', '有效期', '状态', '备注'])).toEqual([
      'ignore', 'partners', 'country', 'kind', 'signedOn', 'expiresOn', 'term', 'status', 'notes',
    ]);
    // A second "partner" column is not a second source of partners; unknown headers are ignored.
    expect(guessMapping(['Partner', 'Institution', 'Budget code', 'Signatories', 'Date of signing (dd/mm/yyyy)'])).toEqual([
      'partners', 'ignore', 'ignore', 'signatories', 'signedOn',
    ]);
  });

  it('splits several partners in one cell, and keeps names with commas and "and" whole', () => {
    expect(splitPartners('KAIST; POSTECH')).toEqual(['KAIST', 'POSTECH']);
    expect(splitPartners('Peking University、Fudan University')).toEqual(['Peking University', 'Fudan University']);
    expect(splitPartners('Seoul National University and Yonsei University')).toEqual(['Seoul National University', 'Yonsei University']);
    expect(splitPartners('University of Tokyo, Kyoto University')).toEqual(['University of Tokyo', 'Kyoto University']);
    expect(splitPartners('KAIST\nUNIST')).toEqual(['KAIST', 'UNIST']);
    expect(splitPartners('清华大学和北京大学')).toEqual(['清华大学', '北京大学']);
    for (const whole of ['Samsung Electronics Co., Ltd.', 'University of California, Berkeley', 'Hong Kong University of Science and Technology', 'Johnson & Johnson']) {
      expect(splitPartners(whole)).toEqual([whole]);
    }
  });

  it('accounts for every row of the 44-row register: to create, already in the file, unreadable with its reason, or empty', async () => {
    const t = openTestCore();
    const preview = await readFixture(t);
    expect(preview.headerRow).toBe(4);
    expect(preview.aboveHeader.map((row) => row.rowNumber)).toEqual([1, 2]);
    expect(preview.rows).toHaveLength(ROWS.length);
    expect(preview.rows.map((row) => row.rowNumber)).toEqual(ROWS.map((_, i) => i + 5));
    expect(preview.counts).toMatchObject({ rows: 44, create: 41, alreadyImported: 1, unreadable: 1, empty: 1 });
    const { create, alreadyImported, unreadable, empty } = preview.counts;
    expect(create + alreadyImported + unreadable + empty).toBe(preview.rows.length);

    const unread = preview.rows.filter((row) => row.outcome === 'unreadable');
    expect(unread.map((row) => [row.cells[0], row.problems.filter((p) => p.severity === 'error').map((p) => p.message)])).toEqual([
      ['37', ['The row names no partner, so it cannot become an agreement.']],
    ]);
    const copy = preview.rows.find((row) => row.outcome === 'already_imported')!;
    expect(copy.problems[0].message).toBe('The same as row 6, so it is imported once.');
    expect(preview.rows.find((row) => row.outcome === 'empty')?.rowNumber).toBe(39);
  });

  it('reads each cell as written: precision, terms, statuses, countries, several partners', async () => {
    const t = openTestCore({ now: () => new Date('2024-03-01T09:00:00Z') });
    const preview = await readFixture(t);
    expect(byNo(preview, '3').draft).toMatchObject({ partners: [{ name: '清华大学' }], signedOn: { iso: '2019-03-04', precision: 'day' }, country: 'CN', kind: 'collaboration', term: { kind: 'fixed', months: 36 }, status: { status: 'active' } });
    expect(byNo(preview, '4').draft).toMatchObject({ partners: [{ name: 'KAIST' }, { name: 'POSTECH' }], signedOn: { iso: '2019-03-04' }, term: { kind: 'auto_renewing', periodMonths: 36 } });
    expect(byNo(preview, '6').draft).toMatchObject({ signedOn: { iso: '2019-03-05', text: '43529' }, expiresOn: { iso: '2022-03-05' }, country: 'US' });
    const tum = byNo(preview, '7');
    expect(tum.draft).toMatchObject({ signedOn: { precision: 'month', iso: '2019-09', text: 'Sept. 2019' }, term: { kind: 'open_ended' } });
    // A month is not a problem: it is kept as a month, never given a day it does not have.
    expect(tum.problems).toEqual([]);
    expect(tum.draft?.entersAs).toBe('active');
    expect(byNo(preview, '8').draft).toMatchObject({ partners: [{ name: 'Seoul National University' }, { name: 'Yonsei University' }], signedOn: { iso: '2019-03-03' }, status: { status: 'expired', text: 'lapsed' } });
    expect(byNo(preview, '13').draft?.status).toMatchObject({ status: 'renewed', on: { iso: '2023', precision: 'year' } });
    // Where each row starts on 1 March 2024: the register's word, unless its dates say the term is
    // over (3: "有效", but three years from 2019 ended in 2022); renewing automatically, it runs on (4).
    const enters = (no: string) => byNo(preview, no).draft?.entersAs;
    expect([enters('3'), enters('4'), enters('8'), enters('13'), enters('33')]).toEqual(['expired', 'active', 'expired', 'active', 'active']);
    expect(byNo(preview, '3').problems.map((p) => p.key)).toEqual(['import.saidInForceButEnded']);
    expect(byNo(preview, '4').problems).toEqual([]);
    expect(byNo(preview, '16').draft).toMatchObject({ country: 'TW', signedOn: { iso: '2020-09-01' }, status: { status: 'expired' } });
    expect(byNo(preview, '27').draft?.term).toMatchObject({ kind: 'auto_renewing', months: 24, periodMonths: 12, noticeDays: 90 });
    expect(byNo(preview, '32').draft).toMatchObject({ kind: 'mou', signedOn: { iso: '2022-06-15' }, term: { kind: 'fixed', months: 24 } });
    // An impossible date and an ambiguous one are read as nothing, with the reason; the row keeps them as written.
    expect(byNo(preview, '22').problems.map((p) => p.message)).toContain(
      'The date was not read: 30 February 2021 does not exist: February 2021 has 28 days. The cell is kept with the row as written.',
    );
    expect(byNo(preview, '21').draft?.signedOn).toBeNull();
    expect(byNo(preview, '21').problems[0]).toMatchObject({ column: 5, severity: 'warning' });
    // The file's own title is kept; a row without one is named after its kind and partner, and says so.
    expect(byNo(preview, '2').draft).toMatchObject({ title: 'Collaboration agreement with National University of Singapore', titleMade: true });
  });

  it('reads again with the mapping and options the user changes', async () => {
    const t = openTestCore();
    const first = await readFixture(t);
    expect(byNo(first, '11').draft?.signedOn).toBeNull();
    const mapping = first.columns.map((column) => (column.header === 'Remarks' ? 'purpose' : column.header === 'Title' ? 'ignore' : column.field));
    const again = await t.call('imports:preview', { sessionId: first.sessionId, mapping, options: { ...first.options, dateOrder: 'dmy' } });
    expect(again.columns.find((column) => column.header === 'Remarks')).toMatchObject({ field: 'purpose', guessed: 'notes' });
    expect(byNo(again, '11').draft?.signedOn).toMatchObject({ iso: '2020-02-10' });
    expect(byNo(again, '1').draft).toMatchObject({ title: 'MOU with University of Tokyo', titleMade: true });
    expect(byNo(again, '2').draft?.purpose).toBe('Undergraduate exchange, 5 places each way');
    // No partner column at all: every row says which column is missing.
    const none = await t.call('imports:preview', { sessionId: first.sessionId, mapping: mapping.map((field) => (field === 'partners' ? 'ignore' : field)), options: first.options });
    expect(none.counts.create).toBe(0);
    expect(byNo(none, '1').problems.map((p) => p.key)).toContain('import.noPartnerColumn');
    // A header row chosen by hand.
    const moved = await t.call('imports:preview', { sessionId: first.sessionId, options: { ...first.options, headerRow: 5 } });
    expect(moved.headerRow).toBe(5);
    expect(moved.columns[1].header).toBe('University of Tokyo');
    const gone = await t.send('imports:preview', { sessionId: '0190a0b0-0000-7000-8000-00000000beef', options: first.options });
    expect(gone).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'Liaison no longer holds that file. Choose it again.' } });
  });

  it('matches partners to the register: the same name however written, close names offered, others new', async () => {
    const t = openTestCore();
    const kaist = await t.call('organisations:create', { name: 'KAIST', altNames: [{ name: '카이스트', lang: 'ko' }], kind: 'university', country: 'KR' });
    const snu = await t.call('organisations:create', { name: 'Seoul National Univ.', kind: 'university', country: 'KR' });
    const home = await t.call('organisations:create', { name: 'Example University', kind: 'university' });
    const preview = await readFixture(t);
    const match = (name: string) => preview.organisations.find((o) => o.name === name);
    expect(match('KAIST')).toMatchObject({ match: 'existing', candidates: [{ id: kaist.id }], rows: 2 }); // "KAIST" and " kaist "
    expect(match('Seoul National University')).toMatchObject({ match: 'close', candidates: [{ id: snu.id }], decision: null });
    expect(match('University of Oslo')).toMatchObject({ match: 'new', candidates: [] });
    expect(preview.home).toEqual({ name: 'Example University', organisationId: home.id });
    expect(preview.counts.undecided).toBe(1);
    const decided = await t.call('imports:preview', {
      sessionId: preview.sessionId,
      options: preview.options,
      decisions: [{ key: match('Seoul National University')!.key, choice: snu.id }],
    });
    expect(decided.counts.undecided).toBe(0);
    expect(decided.organisations.find((o) => o.name === 'Seoul National University')?.decision).toBe(snu.id);
  });

  it('names rows whose reference the register already uses, and a reference used twice in the file', async () => {
    const t = openTestCore();
    const a = await t.call('organisations:create', { name: 'A', kind: 'other' });
    const b = await t.call('organisations:create', { name: 'B', kind: 'other' });
    await t.call('agreements:create', { kind: 'mou', title: 'Taken', referenceNo: 'OGE-2019-003', parties: [{ organisationId: a.id }, { organisationId: b.id }] });
    const csv = 'Partner,Ref,Title\nKyoto University,R-1,One\nOsaka University,R-1,Two\n';
    const preview = await t.call('imports:read', { fileName: 'r.csv', contentBase64: Buffer.from(csv).toString('base64'), options: { homeOrganisation: 'Example University' } });
    expect(preview.rows.map((row) => row.outcome)).toEqual(['create', 'unreadable']);
    expect(preview.rows[1].problems[0].message).toBe('Reference R-1 is already used by row 2 of this file.');
    const fixture = await readFixture(t);
    expect(byNo(fixture, '2')).toMatchObject({ outcome: 'unreadable', problems: [expect.anything(), { message: 'Reference OGE-2019-003 is already used by an agreement in the register.' }] });
  });

  it('reads a text repeated down a column the same on every row, with its warning on each', async () => {
    const t = openTestCore();
    // Each distinct cell text is read once per file: the rows sharing one must each get all of it.
    const csv = [
      'Title,Partner,Country,Date Signed,Duration',
      'One,Kyoto University,Japan,soon,3 years',
      'Two,Kyoto University,Japan,soon,3 years',
      'Three,Osaka University,Nowhere Land,2019-03-04,until terminated',
      'Four,Kyoto University; Osaka University,Japan,2019-03-04,3 years',
    ].join('\n');
    const preview = await t.call('imports:read', { fileName: 'r.csv', contentBase64: Buffer.from(csv).toString('base64'), options: { homeOrganisation: 'Example University' } });
    const [first, second, third, fourth] = preview.rows;
    for (const row of [first, second]) {
      expect(row.problems.filter((p) => p.key === 'import.dateUnread').map((p) => p.column)).toEqual([3]);
      expect(row.draft).toMatchObject({ country: 'JP', signedOn: null, term: { kind: 'fixed', months: 36 } });
    }
    expect(third.problems.filter((p) => p.key === 'import.countryUnread').map((p) => p.column)).toEqual([2]);
    expect(third.draft).toMatchObject({ country: null, signedOn: { iso: '2019-03-04', precision: 'day' }, term: { kind: 'open_ended' } });
    expect(fourth.draft!.signedOn).toEqual(third.draft!.signedOn);
    expect(fourth.draft!.partners.map((p) => p.key)).toEqual([first.draft!.partners[0].key, third.draft!.partners[0].key]);
    expect(preview.organisations.map((o) => [o.name, o.rows])).toEqual([
      ['Kyoto University', 3],
      ['Osaka University', 2],
    ]);
  });
});
