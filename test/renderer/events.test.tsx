import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventRecord } from '../../shared/models/event';
import type { SigningRecord } from '../../shared/models/signing';
import { installFakeBridge } from './fake-bridge';
import { AGREEMENT_1, ORG_KAIST, PERSON_LEE, detail, person } from './fixtures';
import { fill, pick, searchable } from './pickers';
import { renderApp } from './render-app';

const AT = '2026-01-10T09:00:00.000Z';
const EVENT = '0190f1a2-0000-7000-8000-000000000401';
const ITEM = '0190f1a2-0000-7000-8000-000000000501';
const SIGNED = '0190f1a2-0000-7000-8000-000000000601';

const agreement = () =>
  detail({
    title: 'AI Graduate School Seongnam Research Center',
    referenceNo: 'MOU-2019-001',
    items: [{ id: ITEM, description: 'Hold AI forums with startups', responsibleOrganisationId: null, dueOn: null, recurrence: 'regular', status: 'planned' }],
  });

function forum(extra: Partial<EventRecord> = {}): EventRecord {
  return {
    id: EVENT,
    kind: 'forum',
    title: 'Seongnam AI Forum',
    description: '',
    allDay: false,
    startsOn: '2026-01-08',
    startTime: '19:00',
    endsOn: '2026-01-08',
    endTime: '21:00',
    timeZone: 'Asia/Seoul',
    place: 'Research Center',
    organiserIds: [ORG_KAIST],
    organisers: [{ id: ORG_KAIST, name: 'KAIST' }],
    agreementId: AGREEMENT_1,
    agreement: { id: AGREEMENT_1, name: 'MOU-2019-001 — AI Graduate School Seongnam Research Center' },
    cooperationItemId: ITEM,
    cooperationItem: { id: ITEM, name: 'Hold AI forums with startups' },
    attendees: [{ personId: PERSON_LEE, name: 'Lee Kwang-hyung', organisationName: 'KAIST', role: 'speaker', note: 'Opening talk' }],
    outcomeNotes: '',
    notes: '',
    recurrence: { freq: 'monthly', interval: 1, byDay: [{ weekday: 'TH', ordinal: 2 }], count: 12, until: null },
    exceptions: [{ occurrenceOn: '2026-07-09', kind: 'cancelled', startsOn: null, startTime: null, endsOn: null, endTime: null, note: '' }],
    signingRecordIds: [],
    startsAt: '2026-01-08T10:00:00.000Z',
    endsAt: '2026-01-08T12:00:00.000Z',
    firstOn: '2026-01-08',
    lastOn: '2026-12-10',
    createdAt: AT,
    updatedAt: AT,
    updatedBy: 'kim',
    ...extra,
  };
}

const machineZone = process.env.TZ;
beforeEach(() => {
  // This machine is in UTC, so an event in Seoul says its zone beside its times.
  process.env.TZ = 'UTC';
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 5, 1, 12, 0, 0));
});
afterEach(() => {
  vi.useRealTimers();
  process.env.TZ = machineZone;
});

describe('event form', () => {
  it('adds a monthly forum series to an agreement: the 2nd Thursday, 12 times, for one of its cooperation items', async () => {
    const fake = installFakeBridge({
      'agreements:get': () => agreement(),
      'people:list': searchable([person(PERSON_LEE, 'Lee Kwang-hyung', ORG_KAIST)]),
      'events:create': () => forum(),
      'events:get': () => forum(),
    });
    const user = userEvent.setup();
    renderApp(`#/events/new?parent=${AGREEMENT_1}`);
    const form = await screen.findByRole('form', { name: 'New event' });
    expect(within(form).getByRole('combobox', { name: 'Agreement' })).toHaveValue('MOU-2019-001 — AI Graduate School Seongnam Research Center');

    await user.selectOptions(within(form).getByLabelText('Kind'), 'forum');
    await fill(user, within(form).getByLabelText('Title'), 'Seongnam AI Forum');
    await fill(user, within(form).getByLabelText('Starts on'), '2026-01-08');
    await fill(user, within(form).getByLabelText('Start time'), '19:00');
    await fill(user, within(form).getByLabelText('End time'), '18:00');
    await user.clear(within(form).getByLabelText('Time zone'));
    await fill(user, within(form).getByLabelText('Time zone'), 'Asia/Seongnam');
    // The end date followed the start date; the repeat choices follow it too.
    expect(within(form).getByLabelText('Ends on')).toHaveValue('2026-01-08');
    await user.selectOptions(within(form).getByLabelText('Repeats'), 'monthly');
    const on = within(form).getByLabelText('On');
    expect(within(on).getAllByRole('option').map((o) => o.textContent)).toEqual(['Day 8 of the month', 'The second Thursday of the month']);
    await user.selectOptions(on, 'nth');
    await user.selectOptions(within(form).getByLabelText('Ends'), 'count');
    await fill(user, within(form).getByLabelText('Times'), '12');
    await user.selectOptions(await within(form).findByLabelText('Cooperation item it fulfils'), ITEM);
    await user.click(within(form).getByRole('button', { name: 'Add attendee' }));
    const attendee = within(form).getByRole('group', { name: 'Attendee 1' });
    await pick(user, 'Person', 'Lee', /Lee Kwang-hyung/, attendee);
    await user.selectOptions(within(attendee).getByLabelText('Role'), 'speaker');

    // The end before the start and an unknown zone are refused at their fields; nothing is sent.
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByText('The end must come after the start.')).toBeInTheDocument();
    expect(within(form).getByText('“Asia/Seongnam” is not a time zone Liaison knows. Use a name like Asia/Seoul or Europe/London.')).toBeInTheDocument();
    expect(within(form).getByLabelText('End time')).toHaveAttribute('aria-invalid', 'true');
    expect(fake.callsTo('events:create')).toEqual([]);

    await user.clear(within(form).getByLabelText('End time'));
    await fill(user, within(form).getByLabelText('End time'), '21:00');
    await user.clear(within(form).getByLabelText('Time zone'));
    await fill(user, within(form).getByLabelText('Time zone'), 'Asia/Seoul');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fake.callsTo('events:create')).toHaveLength(1));
    expect(fake.callsTo('events:create')[0]).toMatchObject({
      kind: 'forum',
      title: 'Seongnam AI Forum',
      startsOn: '2026-01-08',
      startTime: '19:00',
      endsOn: '2026-01-08',
      endTime: '21:00',
      timeZone: 'Asia/Seoul',
      agreementId: AGREEMENT_1,
      cooperationItemId: ITEM,
      attendees: [{ personId: PERSON_LEE, role: 'speaker', note: '' }],
      recurrence: { freq: 'monthly', interval: 1, byDay: [{ weekday: 'TH', ordinal: 2 }], count: 12, until: null },
      exceptions: [],
    });
    await waitFor(() => expect(window.location.hash).toBe(`#/events/${EVENT}`));
  }, 30_000); // many fields typed on a machine shared with other test runs

  it('refuses a cancelled date that is not a date of the series, at that row', async () => {
    const fake = installFakeBridge({ 'events:get': () => forum({ exceptions: [] }), 'events:update': () => forum() });
    const user = userEvent.setup();
    renderApp(`#/events/${EVENT}/edit`);
    const form = await screen.findByRole('form', { name: 'Edit Seongnam AI Forum' });
    // The stored rule shows in the form's own controls, unchanged.
    expect(within(form).getByLabelText('Repeats')).toHaveValue('monthly');
    expect(within(form).getByLabelText('On')).toHaveValue('nth');
    expect(within(form).getByLabelText('Times')).toHaveValue('12');
    await user.click(within(form).getByRole('button', { name: 'Cancel or move a date' }));
    const row = within(form).getByRole('group', { name: 'Exception 1' });
    await fill(user, within(row).getByLabelText('Date in the series'), '2026-02-19');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(row).findByText('2026-02-19 is not a date of this series.')).toBeInTheDocument();
    expect(fake.callsTo('events:update')).toEqual([]);
    await user.clear(within(row).getByLabelText('Date in the series'));
    await fill(user, within(row).getByLabelText('Date in the series'), '2026-02-12');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fake.callsTo('events:update')).toHaveLength(1));
    expect(fake.callsTo('events:update')[0]).toMatchObject({ id: EVENT, expectedUpdatedAt: AT, values: { exceptions: [{ occurrenceOn: '2026-02-12', kind: 'cancelled', startsOn: null }] } });
  }, 20_000);
});

describe('event page', () => {
  it('shows the series’ rule and its next dates (not the cancelled one), attendees with roles, and its agreement', async () => {
    installFakeBridge({ 'events:get': () => forum() });
    renderApp(`#/events/${EVENT}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Seongnam AI Forum' })).toBeInTheDocument();
    const details = screen.getByRole('region', { name: 'Details' });
    expect(details).toHaveTextContent('Every month on the second Thursday, 12 times');
    expect(within(details).getByRole('link', { name: 'MOU-2019-001 — AI Graduate School Seongnam Research Center' })).toHaveAttribute('href', `#/agreements/${AGREEMENT_1}`);
    const next = screen.getByRole('region', { name: 'Next dates' });
    // At 19:00 in Seoul, said so because this machine is in another zone (UTC here).
    expect(within(next).getAllByRole('listitem').map((li) => li.textContent)).toEqual(
      ['Jun 11, 2026', 'Aug 13, 2026', 'Sep 10, 2026', 'Oct 8, 2026', 'Nov 12, 2026', 'Dec 10, 2026'].map((day) => `${day}, 19:00–21:00 (Seoul)`),
    );
    expect(next).toHaveTextContent('cancelled: Jul 9, 2026');
    expect(screen.getByRole('region', { name: 'Attendees' })).toHaveTextContent('Lee Kwang-hyungSpeakerKAISTOpening talk');
  });

  it('lists a signing ceremony’s signing records, marking those made there', async () => {
    const record = (id: string, party: string, signatory: string, seq: number): SigningRecord =>
      ({ id, seq, partyName: party, signatoryName: signatory, signedOn: '2019-10-04', eventId: null }) as SigningRecord;
    installFakeBridge({
      'events:get': () => forum({ kind: 'signing_ceremony', recurrence: null, exceptions: [], signingRecordIds: [SIGNED] }),
      'signing:list': () => [record(SIGNED, 'KAIST', 'Lee Kwang-hyung', 1), record('0190f1a2-0000-7000-8000-000000000602', 'Seongnam City', 'Eun Soo-mi', 2)],
    });
    renderApp(`#/events/${EVENT}`);
    const section = await screen.findByRole('region', { name: 'Signing records made here' });
    const items = await within(section).findAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Lee Kwang-hyung for KAIST');
    expect(items[0]).toHaveTextContent('Signed here');
    expect(items[1]).not.toHaveTextContent('Signed here');
  });
});

describe('agreement page', () => {
  it('has an Events section listing its events, and adds one from there', async () => {
    const fake = installFakeBridge({
      'agreements:get': () => agreement(),
      'events:list': () => ({ rows: [forum()], total: 1 }),
    });
    const user = userEvent.setup();
    renderApp(`#/agreements/${AGREEMENT_1}`);
    const section = await screen.findByRole('region', { name: 'Events' });
    expect(await within(section).findByRole('link', { name: 'Seongnam AI Forum' })).toHaveAttribute('href', `#/events/${EVENT}`);
    expect(section).toHaveTextContent('Every month on the second Thursday, 12 times');
    expect(fake.callsTo('events:list')[0]).toMatchObject({ agreementId: AGREEMENT_1 });
    await user.click(within(section).getByRole('button', { name: 'New event' }));
    await waitFor(() => expect(window.location.hash).toBe(`#/events/new?parent=${AGREEMENT_1}`));
  });
});
