import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { occurrencesBetween } from '../../shared/event-occurrences';
import type { EventRecord } from '../../shared/models/event';
import { foldLine } from '../../electron/main/exports/ics-writer';
import { forumSeries, makeDayEvent, makeForum } from './event-fixtures';
import { fixedClock, makeAgreement, openTestCore, type TestCore } from './fixtures';
import { makeIntake, makeProgram } from './program-fixtures';

type Parsed = { text: string; calendar: ICAL.Component; events: ICAL.Event[] };

/** Parses an export back with ical.js: its time zones registered, each series with its moved dates related. */
function parseBack(contentBase64: string): Parsed {
  const text = Buffer.from(contentBase64, 'base64').toString('utf8');
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const components = calendar.getAllSubcomponents('vevent');
  const masters = components.filter((c) => !c.hasProperty('recurrence-id')).map((c) => new ICAL.Event(c));
  for (const override of components.filter((c) => c.hasProperty('recurrence-id'))) {
    masters.find((m) => m.uid === override.getFirstPropertyValue('uid'))!.relateException(override);
  }
  return { text, calendar, events: masters };
}

/** Every occurrence ical.js expands before `until`: start and end instants (ms), all-day as dates. */
function expand(event: ICAL.Event, until: string): Array<{ start: number | string; end: number | string }> {
  const found: Array<{ start: number | string; end: number | string }> = [];
  const iterator = event.iterator();
  for (let next = iterator.next(); next && next.toString().slice(0, 10) <= until; next = iterator.next()) {
    const details = event.getOccurrenceDetails(next);
    const at = (time: ICAL.Time) => (time.isDate ? time.toString() : time.toUnixTime() * 1000);
    found.push({ start: at(details.startDate), end: at(details.endDate) });
    if (found.length > 2000) break;
  }
  return found;
}

/** The same occurrences as Liaison computes them. */
function ours(event: EventRecord, until: string) {
  return occurrencesBetween(event, { from: '1900-01-01', to: until }).map((o) =>
    event.allDay ? { start: o.startsOn, end: addDay(o.endsOn) } : { start: o.startUtc!, end: o.endUtc! },
  );
}

const addDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

async function register(t: TestCore) {
  const { agreement, president, mayor } = await makeAgreement(t, { signedOn: '2026-03-05', items: [{ description: 'Hold AI forums', dueOn: '2026-06-30' }] });
  const forum = await makeForum(t, {
    agreementId: agreement.id,
    title: 'Seongnam AI Forum; LLMs, agents, and \\ escapes',
    description: 'Core technology transfer\nand education for startup researchers.',
    attendees: [{ personId: president.id, role: 'speaker' }],
    recurrence: { freq: 'monthly', byDay: [{ weekday: 'TH', ordinal: 2 }], count: 12 },
    exceptions: [
      { occurrenceOn: '2026-02-12', kind: 'cancelled' },
      { occurrenceOn: '2026-05-14', kind: 'moved', startsOn: '2026-05-21', startTime: '18:30', endsOn: '2026-05-21', endTime: '20:30' },
    ],
  });
  // Weekly in New York across both daylight-saving changes of 2026, never ending.
  const seminar = await makeForum(t, forumSeries({
    title: 'Weekly reading group',
    timeZone: 'America/New_York',
    startsOn: '2026-01-06',
    endsOn: '2026-01-06',
    startTime: '17:00',
    endTime: '18:30',
    recurrence: { freq: 'weekly', interval: 2, byDay: [{ weekday: 'TU', ordinal: null }, { weekday: 'TH', ordinal: null }] },
    exceptions: [{ occurrenceOn: '2026-03-17', kind: 'cancelled' }],
  }));
  const ceremony = await makeDayEvent(t, '2026-03-05', {
    kind: 'signing_ceremony',
    title: '서명식 — KAIST · 성남시',
    agreementId: agreement.id,
    attendees: [
      { personId: president.id, role: 'signatory' },
      { personId: mayor.id, role: 'signatory' },
    ],
  });
  const talk = await t.call('events:create', {
    kind: 'workshop',
    title: 'London workshop',
    startsOn: '2026-03-28',
    startTime: '23:00',
    endsOn: '2026-03-29',
    endTime: '03:00',
    timeZone: 'Europe/London',
  });
  const { program } = await makeProgram(t);
  await makeIntake(t, program.id, { applicationsCloseOn: '2026-04-30' });
  return { agreement, forum, seminar, ceremony, talk };
}

describe('ICS export', () => {
  it('writes a range that ical.js reads back: every event, its recurrence, cancelled and moved dates, in the right zones', async () => {
    const t = openTestCore({ now: fixedClock('2026-12-01') });
    const { forum, seminar, ceremony, talk } = await register(t);
    const file = await t.call('calendar:exportIcs', { from: '2026-01-01', to: '2026-12-31' });
    expect(file).toMatchObject({ fileName: 'liaison-calendar-2026-01-01-to-2026-12-31.ics', mediaType: 'text/calendar' });
    const { text, calendar, events } = parseBack(file.contentBase64);

    // RFC 5545 §3.1: CRLF line ends, no line longer than 75 octets.
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid')).sort()).toEqual(['America/New_York', 'Asia/Seoul', 'Europe/London']);

    const byUid = new Map(events.map((e) => [e.uid, e]));
    for (const record of [forum, seminar, ceremony, talk]) {
      const parsed = byUid.get(`${record.id}@liaison`);
      expect(parsed, record.title).toBeDefined();
      expect(parsed!.summary).toBe(record.title);
      expect(parsed!.component.getFirstPropertyValue('dtstamp')?.toString()).toBe(record.updatedAt.replace(/\.\d{3}Z$/, 'Z'));
      // ical.js's expansion of what we wrote = our own expansion: same instants, same lengths. (ical.js
      // lengthens an occurrence by the wall-clock difference of DTSTART and DTEND, so an event that
      // spans a change of offset is compared by its own DTSTART and DTEND instead.)
      const spansChange = record.id === talk.id;
      const theirs = spansChange ? [{ start: parsed!.startDate.toUnixTime() * 1000, end: parsed!.endDate.toUnixTime() * 1000 }] : expand(parsed!, '2028-12-31');
      expect(theirs, record.title).toEqual(ours(record, '2028-12-31'));
    }
    const parsedForum = byUid.get(`${forum.id}@liaison`)!;
    expect(parsedForum.isRecurring()).toBe(true);
    expect(text).toContain('\r\nRRULE:FREQ=MONTHLY;BYDAY=2TH;COUNT=12;WKST=MO\r\n');
    expect(parsedForum.component.getFirstProperty('exdate')?.getFirstValue()?.toString()).toBe('2026-02-12T19:00:00');
    expect(parsedForum.description).toContain('Core technology transfer\nand education for startup researchers.');
    // As RFC 5545 escapes TEXT (ical.js also reads some unescaped forms, so the bytes are checked too).
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded).toContain('\r\nSUMMARY:Seongnam AI Forum\\; LLMs\\, agents\\, and \\\\ escapes\r\n');
    expect(unfolded).toContain('DESCRIPTION:Core technology transfer\\nand education');
    expect(parsedForum.description).toContain('Lee Kwang-hyung (speaker)');
    // 12 made by the rule, one cancelled, one moved to the 21st at 18:30 Seoul time.
    const forumDates = expand(parsedForum, '2030-01-01').map((o) => new Date(o.start as number).toISOString());
    expect(forumDates).toHaveLength(11);
    expect(forumDates).toContain('2026-05-21T09:30:00.000Z');
    expect(forumDates).not.toContain('2026-02-12T10:00:00.000Z');
    // The New York series keeps 17:00 local on both sides of the change: 22:00 UTC in winter, 21:00 in summer.
    const seminarTimes = expand(byUid.get(`${seminar.id}@liaison`)!, '2026-12-31').map((o) => new Date(o.start as number).toISOString().slice(11, 16));
    expect(new Set(seminarTimes)).toEqual(new Set(['22:00', '21:00']));
    const parsedCeremony = byUid.get(`${ceremony.id}@liaison`)!;
    expect(parsedCeremony.startDate.isDate).toBe(true);
    expect(parsedCeremony.startDate.toString()).toBe('2026-03-05');
    expect(parsedCeremony.endDate.toString()).toBe('2026-03-06');
    // Deadlines and agreement dates come along as all-day entries with stable UIDs of their own.
    const deadlines = events.filter((e) => !e.uid.includes(forum.id) && e.startDate.isDate && e.uid !== `${ceremony.id}@liaison`).map((e) => e.summary).sort();
    expect(deadlines).toEqual(['Applications close: 2026 intake', 'Due: Hold AI forums', 'Intake starts: 2026 intake', expect.stringMatching(/^Signed: MOU-2026-\d+ — MOU on AI research in Seongnam$/)]);

    // The same records give the same file, byte for byte.
    expect((await t.call('calendar:exportIcs', { from: '2026-01-01', to: '2026-12-31' })).contentBase64).toBe(file.contentBase64);
  });

  it('exports one series alone, with only its own zone', async () => {
    const t = openTestCore({ now: fixedClock('2026-12-01') });
    const { seminar } = await register(t);
    const file = await t.call('calendar:exportIcs', { eventId: seminar.id });
    expect(file.fileName).toBe('Weekly-reading-group.ics');
    const { calendar, events } = parseBack(file.contentBase64);
    expect(events.map((e) => e.uid)).toEqual([`${seminar.id}@liaison`]);
    expect(calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['America/New_York']);
    expect(Buffer.from(file.contentBase64, 'base64').toString()).toContain('\r\nRRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;WKST=MO\r\n');
    // An open-ended series' zone is written years ahead, so its far dates still land at 17:00 local.
    expect(expand(events[0], '2036-12-31')).toEqual(ours(seminar, '2036-12-31'));
  });

  it('folds long lines at 75 octets without splitting a character, and reads back the same text', () => {
    const line = `SUMMARY:${'성남 AI 포럼 '.repeat(12)}`;
    const folded = foldLine(line);
    expect(folded.split('\r\n ').join('')).toBe(line);
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    const parsed = new ICAL.Component(
      ICAL.parse(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:x', 'BEGIN:VEVENT', 'UID:a', 'DTSTAMP:20260101T000000Z', folded, 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n')),
    );
    expect(parsed.getFirstSubcomponent('vevent')?.getFirstPropertyValue('summary')).toBe(line.slice('SUMMARY:'.length));
  });
});
