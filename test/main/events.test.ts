import { describe, expect, it } from 'vitest';
import { tinyPdf } from './document-fixtures';
import { forumSeries, makeDayEvent, makeForum } from './event-fixtures';
import { makeAgreement, openTestCore, type TestCore } from './fixtures';
import { b64, signedSetup } from './signing-fixtures';

/** The VALIDATION issues of a refused call, as path → message. */
async function refused(t: TestCore, call: Promise<{ ok: boolean; error?: { code: string; issues?: Array<{ path: string; message: string }> } }>) {
  const result = await call;
  expect(result.ok).toBe(false);
  expect(result.error?.code).toBe('VALIDATION');
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path, issue.message]));
}

describe('events', () => {
  it('keeps a forum series with its organisers, attendees, agreement and cooperation item, named as the pages show them', async () => {
    const t = openTestCore();
    const { agreement, city, kaist, president, mayor } = await makeAgreement(t, {
      items: [{ description: 'Hold AI forums connecting KAIST with AI startups in the city.', recurrence: 'regular' }],
    });
    const item = agreement.items[0];
    const forum = await makeForum(t, {
      agreementId: agreement.id,
      cooperationItemId: item.id,
      organiserIds: [city.id, kaist.id],
      attendees: [
        { personId: president.id, role: 'speaker', note: 'Opening talk' },
        { personId: mayor.id, role: 'guest' },
      ],
      outcomeNotes: 'Three startups asked for interns.',
    });
    expect(forum).toMatchObject({
      kind: 'forum',
      timeZone: 'Asia/Seoul',
      startsAt: '2026-01-08T10:00:00.000Z',
      endsAt: '2026-01-08T12:00:00.000Z',
      firstOn: '2026-01-08',
      lastOn: null,
      agreement: { id: agreement.id, name: `${agreement.referenceNo} — ${agreement.title}` },
      cooperationItem: { id: item.id, name: item.description },
      organisers: [{ name: 'Seongnam City' }, { name: 'KAIST' }],
      attendees: [
        { name: 'Lee Kwang-hyung', organisationName: 'KAIST', role: 'speaker', note: 'Opening talk' },
        { name: 'Eun Soo-mi', organisationName: 'Seongnam City', role: 'guest' },
      ],
      recurrence: { freq: 'monthly', interval: 1, byDay: [{ weekday: 'TH', ordinal: 2 }], count: null, until: null },
    });
    expect(await t.call('events:get', { id: forum.id })).toEqual(forum);
    // Found by its agreement, organiser, attendee, kind and words.
    for (const query of [{ agreementId: agreement.id }, { organisationId: city.id }, { personId: mayor.id }, { kind: 'forum' as const }, { search: 'Seongnam forum' }]) {
      expect((await t.call('events:list', query)).rows.map((e) => e.id), JSON.stringify(query)).toEqual([forum.id]);
    }
    expect((await t.call('events:list', { kind: 'exhibition' })).total).toBe(0);
  });

  it('refuses an end before the start at the field that is wrong, and an unknown time zone, with sentences', async () => {
    const t = openTestCore();
    expect(await refused(t, t.send('events:create', forumSeries({ endTime: '18:00' })))).toEqual({ endTime: 'The end must come after the start.' });
    expect(await refused(t, t.send('events:create', forumSeries({ endsOn: '2026-01-07' })))).toEqual({ endsOn: 'The end must come after the start.' });
    expect(await refused(t, t.send('events:create', forumSeries({ timeZone: 'Asia/Seongnam' })))).toEqual({
      timeZone: '“Asia/Seongnam” is not a time zone Liaison knows. Use a name like Asia/Seoul or Europe/London.',
    });
    // A wall time the clocks skip is refused rather than silently moved.
    expect(
      await refused(t, t.send('events:create', forumSeries({ recurrence: null, timeZone: 'America/New_York', startsOn: '2026-03-08', endsOn: '2026-03-08', startTime: '02:30', endTime: '04:00' }))),
    ).toEqual({ startTime: '02:30 does not exist on 2026-03-08 in America/New_York: the clocks skip it. Choose another time.' });
    expect(await refused(t, t.send('events:create', forumSeries({ startTime: null })))).toEqual({ startTime: 'Give a time, or make it an all-day event.' });
    expect((await t.call('events:list', {})).total).toBe(0);
  });

  it('keeps a series to its rule: the first date follows it, cancelled and moved dates are dates of it, once each', async () => {
    const t = openTestCore();
    expect(await refused(t, t.send('events:create', forumSeries({ startsOn: '2026-01-15', endsOn: '2026-01-15' })))).toEqual({
      startsOn: 'The first date, 2026-01-15, is not one of the series’ dates. Move it to a date the rule gives.',
    });
    const issues = await refused(
      t,
      t.send(
        'events:create',
        forumSeries({
          exceptions: [
            { occurrenceOn: '2026-02-12', kind: 'cancelled' },
            { occurrenceOn: '2026-02-19', kind: 'cancelled' },
            { occurrenceOn: '2026-02-12', kind: 'moved', startsOn: '2026-02-13', startTime: '19:00', endsOn: '2026-02-13', endTime: '18:00' },
          ],
        }),
      ),
    );
    expect(issues).toEqual({
      'exceptions.1.occurrenceOn': '2026-02-19 is not a date of this series.',
      'exceptions.2.occurrenceOn': 'This date is already cancelled or moved.',
      'exceptions.2.endTime': 'The end must come after the start.',
    });
    expect(await refused(t, t.send('events:create', forumSeries({ recurrence: null, exceptions: [{ occurrenceOn: '2026-01-08', kind: 'cancelled' }] })))).toEqual({
      exceptions: 'Only a series has cancelled or moved dates.',
    });
    expect(await refused(t, t.send('events:create', forumSeries({ recurrence: { freq: 'weekly', byDay: [{ weekday: 'TH', ordinal: 2 }], count: 3, until: '2026-06-01' } })))).toEqual({
      'recurrence.byDay.0.ordinal': 'A weekly series falls on weekdays without a number; choose monthly for “the 2nd Thursday”.',
      'recurrence.until': 'End the series after a number of times or on a date, not both.',
    });
    const kept = await makeForum(t, {
      recurrence: { freq: 'monthly', byDay: [{ weekday: 'TH', ordinal: 2 }], count: 6 },
      exceptions: [
        { occurrenceOn: '2026-02-12', kind: 'cancelled', note: 'Lunar New Year' },
        { occurrenceOn: '2026-06-11', kind: 'moved', startsOn: '2026-06-18', startTime: '18:00', endsOn: '2026-06-18', endTime: '20:00' },
      ],
    });
    // The moved date pushes the last day the series touches out to where it went.
    expect(kept).toMatchObject({ firstOn: '2026-01-08', lastOn: '2026-06-18', exceptions: [{ note: 'Lunar New Year' }, { startsOn: '2026-06-18' }] });
  });

  it('links a signing ceremony to the signing records made there, only of its own agreement', async () => {
    const t = openTestCore();
    const { agreement, sign, president, mayor } = await signedSetup(t);
    const kaistSigned = await sign('kaist');
    const citySigned = await sign('city');
    const other = await makeAgreement(t, { title: 'Another MOU' });
    const ceremony = {
      kind: 'signing_ceremony' as const,
      title: 'Signing of the Seongnam Research Center agreement',
      allDay: true,
      startsOn: '2019-10-04',
      endsOn: '2019-10-04',
      timeZone: 'Asia/Seoul',
      place: 'Seongnam City Hall',
      agreementId: agreement.id,
      attendees: [
        { personId: president.id, role: 'signatory' as const },
        { personId: mayor.id, role: 'signatory' as const },
      ],
      signingRecordIds: [kaistSigned.id, citySigned.id],
    };
    const made = await t.call('events:create', ceremony);
    expect(made.signingRecordIds).toEqual([kaistSigned.id, citySigned.id]);
    expect(await refused(t, t.send('events:create', { ...ceremony, agreementId: other.agreement.id }))).toEqual({
      'signingRecordIds.0': 'Choose a signing record of the linked agreement.',
      'signingRecordIds.1': 'Choose a signing record of the linked agreement.',
    });
    expect(await refused(t, t.send('events:create', { ...ceremony, kind: 'forum' }))).toEqual({ signingRecordIds: 'Only a signing ceremony links to signing records.' });
    // Unlinking one keeps the other (and the records themselves, which are never edited).
    const edited = await t.call('events:update', { id: made.id, expectedUpdatedAt: made.updatedAt, values: { ...ceremony, signingRecordIds: [citySigned.id] } });
    expect(edited.signingRecordIds).toEqual([citySigned.id]);
    expect((await t.call('signing:list', { agreementId: agreement.id })).map((r) => r.id)).toEqual([kaistSigned.id, citySigned.id]);
  });

  it('refuses a cooperation item of another agreement, and organisers or attendees that do not exist', async () => {
    const t = openTestCore();
    const { agreement } = await makeAgreement(t, { items: [{ description: 'Forums' }] });
    const missing = '0190a0b0-0000-7000-8000-000000000999';
    const other = await t.call('agreements:create', { kind: 'mou', title: 'Other', parties: agreement.parties.map((p) => ({ organisationId: p.organisationId })), items: [{ description: 'Other item' }] });
    expect(await refused(t, t.send('events:create', forumSeries({ agreementId: agreement.id, cooperationItemId: other.items[0].id })))).toEqual({
      cooperationItemId: 'Choose a cooperation item of the linked agreement.',
    });
    expect(await refused(t, t.send('events:create', forumSeries({ cooperationItemId: agreement.items[0].id })))).toEqual({
      cooperationItemId: 'Link the agreement first: the cooperation item is one of its items.',
    });
    expect(await refused(t, t.send('events:create', forumSeries({ organiserIds: [missing], attendees: [{ personId: missing, role: 'guest' }] })))).toEqual({
      'organiserIds.0': 'Choose an existing organisation.',
      'attendees.0.personId': 'Choose an existing person.',
    });
  });

  it('owns documents and photos, and a deleted event is gone from lists and the calendar', async () => {
    const t = openTestCore();
    const day = await makeDayEvent(t, '2026-05-20', { kind: 'exhibition', title: 'AI exhibition' });
    const photo = await t.call('documents:add', { owner: { kind: 'event', id: day.id }, fileName: 'exhibition.pdf', contentBase64: b64(tinyPdf('photos')) });
    expect((await t.call('documents:list', { owner: { kind: 'event', id: day.id } })).map((d) => d.id)).toEqual([photo.id]);
    expect((await t.call('calendar:range', { from: '2026-05-01', to: '2026-05-31' })).entries).toHaveLength(1);
    await t.call('events:delete', { id: day.id, reason: 'Entered by mistake' });
    expect(await t.send('events:get', { id: day.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'That event does not exist or was deleted.' } });
    expect((await t.call('calendar:range', { from: '2026-05-01', to: '2026-05-31' })).entries).toEqual([]);
    expect(await t.send('documents:add', { owner: { kind: 'event', id: day.id }, fileName: 'late.pdf', contentBase64: b64(tinyPdf('late')) })).toMatchObject({ ok: false });
    // Restored, it is back in the calendar with its documents.
    await t.call('events:restore', { id: day.id, reason: 'It did take place' });
    expect((await t.call('calendar:range', { from: '2026-05-01', to: '2026-05-31' })).entries).toHaveLength(1);
    expect((await t.call('documents:list', { owner: { kind: 'event', id: day.id } })).map((d) => d.id)).toEqual([photo.id]);
  });

  it('comes back only once the agreement it was held under is back', async () => {
    const t = openTestCore();
    const { agreement } = await makeAgreement(t);
    const forum = await makeDayEvent(t, '2026-05-20', { title: 'Signing forum', agreementId: agreement.id });
    await t.call('events:delete', { id: forum.id, reason: 'Entered under the wrong agreement' });
    await t.call('agreements:remove', { id: agreement.id, reason: 'Entered twice' });
    expect(await t.send('events:restore', { id: forum.id, reason: 'It was the right one' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'It cannot be restored while records it names are deleted; restore those first.', issues: [{ path: 'agreementId' }] },
    });
    expect(await t.send('events:get', { id: forum.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    await t.call('agreements:restore', { id: agreement.id, reason: 'It was not a duplicate' });
    expect(await t.call('events:restore', { id: forum.id, reason: 'It was the right one' })).toMatchObject({ title: 'Signing forum', agreement: { id: agreement.id } });
  });
});
