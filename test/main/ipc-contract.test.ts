import { createHash } from 'node:crypto';
import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNELS, contract, type Channel, type ChannelInput } from '../../shared/ipc/contract';
import { tinyPdf } from './document-fixtures';
import { makeAgreement, openTestCore, type TestCore } from './fixtures';
import { makeApplication, makeIntake } from './program-fixtures';
import { makeDayEvent, makeForum } from './event-fixtures';
import { makePlacement } from './placement-fixtures';

/** A valid input for every channel, built against a small register. */
async function validInputs(t: TestCore): Promise<{ [C in Channel]: ChannelInput<C> }> {
  const { agreement, kaist, city, president } = await makeAgreement(t, { signedOn: '2019-10-04' });
  const spareOrg = await t.call('organisations:create', { name: 'Spare org', kind: 'other' });
  const sparePerson = await t.call('people:create', { name: 'Spare person' });
  const draft = await t.call('agreements:create', {
    kind: 'moa',
    title: 'To delete',
    parties: [{ organisationId: kaist.id }, { organisationId: city.id }],
  });
  // Entered from records (expired, signatories not recorded): it can be corrected, put back, removed and restored.
  const historical = await t.call('agreements:create', {
    kind: 'mou',
    title: 'MOU from the 2016 register',
    signedOn: '2016-06',
    termKind: 'unknown',
    statusFromRecords: 'expired',
    signatoriesRecorded: false,
    parties: [{ organisationId: kaist.id }, { organisationId: city.id }],
  });
  const program = await t.call('programs:create', { name: 'HKUST GZ MSc', sponsorIds: [kaist.id], agreementIds: [agreement.id] });
  const spareProgram = await t.call('programs:create', { name: 'Spare program' });
  const intake = await makeIntake(t, program.id);
  const spareIntake = await makeIntake(t, program.id, { name: 'Spare intake' });
  const withItems = await t.call('agreements:create', {
    kind: 'mou',
    title: 'Research centre agreement',
    signedOn: '2019-10-04',
    parties: [{ organisationId: kaist.id }, { organisationId: city.id }],
    items: [{ description: 'Establish the research centre' }, { description: 'Hold AI forums' }],
  });
  const project = await t.call('projects:create', {
    kind: 'centre',
    title: 'AI Graduate School Seongnam Research Center',
    partners: [{ organisationId: kaist.id, role: 'Runs the centre' }],
    headcounts: [{ count: 34, role: 'graduate students' }],
    agreementIds: [withItems.id],
    milestones: [{ title: 'Open the centre', dueOn: '2019-12-01' }],
    outputs: [{ kind: 'paper', title: 'A paper', identifier: '10.1234/abcd' }],
  });
  const spareProject = await t.call('projects:create', { title: 'Spare project' });
  const outcome = await t.call('outcomes:link', { itemId: withItems.items[0].id, subject: { kind: 'project', id: project.id } });
  const forum = await makeForum(t, { agreementId: agreement.id, organiserIds: [city.id], attendees: [{ personId: president.id, role: 'speaker' }] });
  const spareEvent = await makeDayEvent(t, '2026-05-20');
  const application = await makeApplication(t, intake.id, president.id);
  const spareApplication = await makeApplication(t, intake.id, president.id, { submittedOn: '2026-04-11' });
  const placement = await makePlacement(t, president.id, city.id, { programId: program.id, agreementId: agreement.id });
  const sparePlacement = await makePlacement(t, president.id, city.id, { startsOn: '2026' });
  const accepted = async () => {
    const made = await makeApplication(t, intake.id, president.id, { score: 90 });
    await t.call('applications:transition', { id: made.id, to: 'screening' });
    return t.call('applications:transition', { id: made.id, to: 'accepted' });
  };
  const batch = [await makeApplication(t, intake.id, president.id), await makeApplication(t, intake.id, president.id)];
  const [awardedApplication, toAward, spareAwarded] = [await accepted(), await accepted(), await accepted()];
  const scholarship = [
    { kind: 'tuition' as const, amountMinor: 50_000_000, currency: 'KRW' },
    { kind: 'stipend' as const, amountMinor: 50_000_000, currency: 'KRW' },
  ];
  const award = await t.call('awards:create', { applicationId: awardedApplication.id, awardedOn: '2026-07-01', components: scholarship });
  const spareAward = await t.call('awards:create', { applicationId: spareAwarded.id, awardedOn: '2026-07-01', components: scholarship });
  const pdf = tinyPdf('MOU').toString('base64');
  const doc = await t.call('documents:add', { owner: { kind: 'agreement', id: agreement.id }, fileName: 'mou.pdf', contentBase64: pdf });
  const form = await t.call('documents:add', { owner: { kind: 'placement', id: placement.id }, fileName: 'evaluation.pdf', contentBase64: pdf });
  const evaluation = await t.call('evaluations:create', { placementId: placement.id, evaluatedOn: '2027-02-01', evaluatorId: president.id, score: 88 });
  const spareEvaluation = await t.call('evaluations:create', { placementId: placement.id, evaluatedOn: '2027-03-01', evaluatorId: president.id });
  const hire = await t.call('hires:create', { personId: president.id, organisationId: city.id, hiredOn: '2027-09-01', kind: 'intern_hired', placementId: placement.id });
  const spareHire = await t.call('hires:create', { personId: president.id, organisationId: kaist.id, hiredOn: '2020', kind: 'expert_joined' });
  const versionId = doc.versions[0].id;
  const exported = await t.call('exports:summary', { agreementId: agreement.id, format: 'json' });
  const backup = await t.call('backups:create', {});
  const register = { fileName: 'register.csv', contentBase64: SMALL_REGISTER.toString('base64'), options: { homeOrganisation: 'KAIST' } };
  const read = await t.call('imports:read', register);
  const imported = await t.call('imports:commit', { sessionId: read.sessionId, options: read.options });
  return {
    'app:info': {},
    'demo:status': {},
    'demo:load': {},
    'demo:dismiss': {},
    'organisations:list': { search: 'KAIST' },
    'organisations:get': { id: kaist.id },
    'organisations:create': { name: 'CUHK Faculty of Engineering', kind: 'faculty', country: 'HK' },
    'organisations:update': { id: spareOrg.id, values: { name: 'Spare organisation', kind: 'other' } },
    'organisations:delete': { id: spareOrg.id, reason: 'Entered by mistake' },
    'organisations:restore': { id: spareOrg.id, reason: 'Deleted the wrong one' },
    'organisations:similar': { name: ' kaist ', altNames: ['카이스트'] },
    'people:list': { organisationId: kaist.id },
    'people:get': { id: president.id },
    'people:create': { name: 'Martin Wong', title: 'Dean of Engineering' },
    'people:update': { id: sparePerson.id, values: { name: 'Spare person', email: 'spare@example.org' } },
    'people:delete': { id: sparePerson.id, reason: 'Entered by mistake' },
    'people:restore': { id: sparePerson.id, reason: 'Deleted the wrong one' },
    'people:similar': { name: 'martin wong', excludeId: president.id },
    'agreements:list': { statuses: ['draft'], sort: 'title', dir: 'asc' },
    'agreements:overview': {},
    'agreements:get': { id: agreement.id },
    'agreements:create': {
      kind: 'collaboration',
      title: 'Joint research',
      parties: [{ organisationId: kaist.id }, { organisationId: city.id }],
    },
    'agreements:update': { id: agreement.id, values: { ...agreement, duration: '', notes: 'updated' } },
    'agreements:transition': { id: agreement.id, to: 'awaiting_signature' },
    'agreements:correct': { id: historical.id, values: { ...historical, title: 'MOU from the 2016 register (corrected)' }, reason: 'Title copied wrongly' },
    'agreements:putBack': { id: historical.id, to: 'terminated', reason: 'The register says it was terminated' },
    'agreements:remove': { id: historical.id, reason: 'Entered twice' },
    'agreements:removed': {},
    'agreements:delete': { id: draft.id, reason: 'Entered by mistake' },
    'agreements:restore': { id: draft.id, reason: 'Deleted the wrong one' },
    'programs:list': { search: 'MSc', sponsorId: kaist.id },
    'programs:get': { id: program.id },
    'programs:create': {
      name: 'Startup internships',
      phases: [{ name: 'Internship', months: 6, place: 'Seongnam' }],
      scholarship: [{ kind: 'stipend', amountMinor: 123456, currency: 'HKD' }],
    },
    'programs:update': { id: program.id, values: { name: 'HKUST GZ MSc', agreementIds: [agreement.id] } },
    'programs:delete': { id: spareProgram.id, reason: 'Entered by mistake' },
    'programs:restore': { id: spareProgram.id, reason: 'Deleted the wrong one' },
    'intakes:list': { programId: program.id, sort: 'applicationsCloseOn' },
    'intakes:get': { id: intake.id },
    'intakes:create': { programId: program.id, name: '2027 intake', startsOn: '2027-09-01' },
    'intakes:update': { id: intake.id, values: { programId: program.id, name: '2026 intake', places: 12 } },
    'intakes:delete': { id: spareIntake.id, reason: 'Entered by mistake' },
    'intakes:restore': { id: spareIntake.id, reason: 'Deleted the wrong one' },
    'projects:list': { status: 'proposed', kind: 'centre', sort: 'startsOn', dir: 'desc', organisationId: kaist.id },
    'projects:get': { id: project.id },
    'projects:create': {
      title: 'Joint research on future AI',
      startsOn: '2022-03-01',
      budget: [{ organisationId: kaist.id, amountMinor: 123456, currency: 'HKD' }],
      places: [{ name: 'Pangyo 2 Techno Valley', planned: true }],
      team: [{ personId: president.id, role: 'Principal investigator', principal: true }],
    },
    'projects:update': { id: project.id, values: { ...project, notes: 'updated' } },
    'projects:delete': { id: spareProject.id, reason: 'Entered by mistake' },
    'projects:restore': { id: spareProject.id, reason: 'Deleted the wrong one' },
    'projects:transition': { id: project.id, to: 'stopped' },
    'outcomes:list': { agreementId: withItems.id },
    'outcomes:link': { itemId: withItems.items[1].id, subject: { kind: 'output', id: project.outputs[0].id }, note: 'The first paper' },
    'outcomes:unlink': { id: outcome.id },
    'outcomes:produced': { agreementId: withItems.id },
    'partners:overview': { organisationId: kaist.id },
    'partners:report': { organisationId: kaist.id, format: 'markdown' },
    'reports:figures': { year: 2019, organisationId: kaist.id },
    'reports:export': { year: 2019, format: 'markdown' },
    'events:list': { agreementId: agreement.id, sort: 'title', dir: 'asc' },
    'events:get': { id: forum.id },
    'events:create': {
      kind: 'signing_ceremony',
      title: 'Signing ceremony',
      allDay: true,
      startsOn: '2019-10-04',
      endsOn: '2019-10-04',
      timeZone: 'Asia/Seoul',
      agreementId: agreement.id,
      attendees: [{ personId: president.id, role: 'signatory' }],
    },
    'events:update': {
      id: forum.id,
      values: {
        kind: 'forum',
        title: 'Seongnam AI Forum',
        startsOn: '2026-01-08',
        startTime: '19:00',
        endsOn: '2026-01-08',
        endTime: '21:30',
        timeZone: 'Asia/Seoul',
        recurrence: { freq: 'monthly', byDay: [{ weekday: 'TH', ordinal: 2 }], count: 12 },
        exceptions: [{ occurrenceOn: '2026-02-12', kind: 'cancelled' }],
      },
    },
    'events:delete': { id: spareEvent.id, reason: 'Entered by mistake' },
    'events:restore': { id: spareEvent.id, reason: 'Deleted the wrong one' },
    'calendar:range': { from: '2026-06-01', to: '2026-07-12' },
    'calendar:exportIcs': { eventId: forum.id },
    'applications:list': { intakeId: intake.id, statuses: ['submitted', 'screening'], sort: 'score', dir: 'desc' },
    'applications:get': { id: application.id },
    'applications:create': { applicantId: president.id, intakeId: intake.id, submittedOn: '2026-04-12', score: 87.5 },
    'applications:update': { id: application.id, values: { applicantId: president.id, intakeId: intake.id, submittedOn: '2026-04-10', reviewerNotes: 'Strong maths.' } },
    'applications:delete': { id: spareApplication.id, reason: 'Entered by mistake' },
    'applications:restore': { id: spareApplication.id, reason: 'Deleted the wrong one' },
    'applications:transition': { id: application.id, to: 'screening' },
    'placements:list': { hostId: city.id, statuses: ['active', 'completed'], startsFrom: '2026-01-01', startsTo: '2026-12-31', sort: 'endsOn', dir: 'asc' },
    'placements:get': { id: placement.id },
    'placements:create': { internId: president.id, hostId: kaist.id, supervisorId: president.id, startsOn: '2026-09', stipendMinor: 250_000, stipendCurrency: 'HKD' },
    'placements:update': { id: placement.id, values: { internId: president.id, hostId: city.id, programId: program.id, startsOn: '2026-09-01', notes: 'Seongnam office.' } },
    'placements:delete': { id: sparePlacement.id, reason: 'Entered by mistake' },
    'placements:restore': { id: sparePlacement.id, reason: 'Deleted the wrong one' },
    'placements:transition': { id: placement.id, to: 'completed' },
    'evaluations:list': { placementId: placement.id, sort: 'evaluatedOn', dir: 'asc' },
    'evaluations:get': { id: evaluation.id },
    'evaluations:create': { placementId: placement.id, evaluatedOn: '2027-08-20', evaluatorId: president.id, score: 91.5, comments: 'Ready to hire.', documentId: form.id },
    'evaluations:update': { id: evaluation.id, values: { placementId: placement.id, evaluatedOn: '2027-02-02', evaluatorId: president.id, score: 89, documentId: form.id } },
    'evaluations:delete': { id: spareEvaluation.id, reason: 'Entered by mistake' },
    'evaluations:restore': { id: spareEvaluation.id, reason: 'Deleted the wrong one' },
    'hires:list': { organisationId: city.id, kind: 'intern_hired', sort: 'hiredOn', dir: 'desc' },
    'hires:get': { id: hire.id },
    'hires:create': { personId: president.id, organisationId: city.id, hiredOn: '2027-09', kind: 'graduate_hired', title: 'Engineer', programId: program.id, agreementId: agreement.id },
    'hires:update': { id: hire.id, values: { personId: president.id, organisationId: city.id, hiredOn: '2027-09-15', kind: 'intern_hired', placementId: placement.id } },
    'hires:delete': { id: spareHire.id, reason: 'Entered by mistake' },
    'hires:restore': { id: spareHire.id, reason: 'Deleted the wrong one' },
    'placements:export': { hostId: city.id, format: 'csv' },
    'programs:funnel': { programId: program.id },
    'reminders:upcoming': { withinDays: 60 },
    'applications:transitionMany': { to: 'screening', moves: batch.map((a) => ({ id: a.id, expectedUpdatedAt: a.updatedAt })) },
    'applications:export': { intakeId: intake.id, format: 'csv' },
    'awards:list': { programId: program.id, statuses: ['offered', 'accepted'], sort: 'awardedOn', dir: 'desc' },
    'awards:get': { id: award.id },
    'awards:create': {
      applicationId: toAward.id,
      awardedOn: '2026-07-01',
      components: [{ kind: 'tuition', amountMinor: 12_345_67, currency: 'HKD' }],
      payments: [{ dueOn: '2026-09-01', component: 'tuition', amountMinor: 12_345_67, currency: 'HKD', paidOn: null }],
    },
    'awards:update': {
      id: award.id,
      values: {
        applicationId: awardedApplication.id,
        awardedOn: '2026-07-01',
        components: scholarship,
        payments: [{ dueOn: '2026-09-01', component: 'tuition', amountMinor: 50_000_000, currency: 'KRW', paidOn: '2026-09-02' }],
      },
    },
    'awards:delete': { id: spareAward.id, reason: 'Entered by mistake' },
    'awards:restore': { id: spareAward.id, reason: 'Deleted the wrong one' },
    'awards:transition': { id: award.id, to: 'accepted' },
    'awards:totals': { programId: program.id },
    'audit:list': { entityId: agreement.id },
    'audit:deleted': { limit: 10 },
    'documents:list': { owner: { kind: 'agreement', id: agreement.id } },
    'documents:add': { owner: { kind: 'agreement', id: agreement.id }, documentId: doc.id, fileName: 'mou-v2.pdf', contentBase64: pdf },
    'documents:pick': { owner: { kind: 'agreement', id: agreement.id } },
    'documents:markSigned': { versionId },
    'documents:content': { versionId },
    'documents:open': { versionId },
    'documents:health': {},
    'signing:list': { agreementId: agreement.id },
    'signing:record': {
      agreementId: agreement.id,
      documentVersionId: versionId,
      partyOrganisationId: kaist.id,
      signatoryPersonId: president.id,
      signedOn: '2019-10-04',
      place: 'Seongnam',
      method: 'wet_ink',
    },
    'signing:verify': {},
    'keys:list': {},
    'keys:rotate': {},
    'keys:exportPublic': {},
    'keys:importPublic': {
      label: 'Partner office',
      content: '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=\n-----END PUBLIC KEY-----\n',
    },
    'exports:summary': { agreementId: agreement.id, format: 'markdown' },
    'exports:register': { format: 'csv' },
    'exports:registerLink': { format: 'csv' },
    'exports:verify': { fileName: exported.fileName, contentBase64: exported.contentBase64 },
    'backups:list': {},
    'backups:create': {},
    'backups:restore': { file: backup.name },
    'backups:cancelRestore': {},
    'imports:read': register,
    'imports:pick': { options: { homeOrganisation: 'KAIST', dateOrder: 'dmy' } },
    'imports:preview': { sessionId: read.sessionId, mapping: ['partners', 'signedOn', 'ignore'], options: read.options },
    'imports:commit': { sessionId: read.sessionId, options: read.options },
    'imports:list': { limit: 10 },
    'imports:undo': { id: imported.importId! },
  };
}

/** A register of two rows, for the import channels. */
const SMALL_REGISTER = Buffer.from('Partner,Date signed,Remarks\nUniversity of Oslo,18 January 2024,Arctic research\nLund University,2023-04-20,\n');

function fingerprint(t: TestCore): string {
  const hash = createHash('sha256');
  for (const suffix of ['', '-wal']) {
    const file = t.dbFile + suffix;
    if (fs.existsSync(file)) hash.update(fs.readFileSync(file));
  }
  return hash.digest('hex');
}

describe('IPC contract', () => {
  it('answers every channel with valid input, in the shape the contract promises', async () => {
    const opened: string[] = [];
    const t = openTestCore({
      offerDemo: true,
      platform: {
        // Asked with a request, the dialog is the import's: it offers registers.
        pickFile: async (request) => (request ? { fileName: 'register.csv', bytes: SMALL_REGISTER } : { fileName: 'picked.pdf', bytes: tinyPdf('picked') }),
        openFile: async (fileName) => void opened.push(fileName),
      },
    });
    const inputs = await validInputs(t);
    // demo:load needs an empty register; run it first on a fresh one.
    const fresh = openTestCore();
    const loaded = await fresh.send('demo:load', {});
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(() => contract['demo:load'].output.parse(loaded.value)).not.toThrow();
    for (const channel of CHANNELS.filter((c) => c !== 'demo:load')) {
      const result = await t.send(channel, inputs[channel] as never);
      expect(result.ok ? 'ok' : `${result.error.code}: ${result.error.message}`, channel).toBe('ok');
      if (result.ok) expect(() => contract[channel].output.parse(result.value), channel).not.toThrow();
    }
    expect(opened).toEqual(['mou.pdf']);
    // It builds a register touching every record type first: on a loaded two-core machine that alone takes seconds.
  }, 30_000);

  it('turns random invalid payloads into VALIDATION errors and leaves the file byte-for-byte unchanged', async () => {
    const t = openTestCore();
    await makeAgreement(t);
    t.core.close();
    const reopened = openTestCore({ dataDir: t.dataDir });
    const before = fingerprint(reopened);
    // Everything that can change the register, the documents folder or the keys.
    const writeChannels = CHANNELS.filter((c) => !/:(list|get|overview|status|info|content|verify)$/.test(c) && c !== 'demo:load');
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...writeChannels),
        fc.oneof(
          fc.anything(),
          fc.record({ id: fc.string(), name: fc.anything(), kind: fc.string(), parties: fc.anything(), values: fc.anything() }),
          fc.array(fc.anything()),
        ),
        async (channel, payload) => {
          // Random payloads are sometimes valid ({ name: '!' } is a fine person): keep the invalid ones.
          fc.pre(!contract[channel].input.safeParse(payload ?? {}).success); // no input means "no arguments"
          const result = await reopened.core.dispatch(channel, payload);
          expect(result.ok).toBe(false);
          if (!result.ok) {
            expect(result.error.code).toBe('VALIDATION');
            expect(JSON.stringify(result.error)).not.toMatch(/at .*\.ts|SQLITE|stack/i);
          }
        },
      ),
      { numRuns: 300 },
    );
    expect(fingerprint(reopened)).toBe(before);
  });

  it('refuses text with a lone surrogate wherever it arrives, instead of storing a rewritten copy', async () => {
    const t = openTestCore();
    const lone = 'Seoul \uD83D campus';
    const org = await t.send('organisations:create', { name: lone, kind: 'university' });
    expect(org).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'name', message: expect.stringContaining('broken character') }] } });
    const nested = await t.send('organisations:create', { name: 'KAIST', kind: 'university', altNames: [{ name: 'x\uDC00', lang: 'ko' }] });
    expect(nested.ok ? [] : nested.error.issues?.map((issue) => issue.path)).toEqual(['altNames.0.name']);
    // A whole emoji (a surrogate pair) is text like any other.
    expect(await t.call('organisations:create', { name: 'Seoul 🏛 campus', kind: 'university' })).toMatchObject({ name: 'Seoul 🏛 campus' });
    expect((await t.call('organisations:list', {})).total).toBe(1);
  });

  it('refuses unknown channels and hides internal errors', async () => {
    const t = openTestCore();
    expect(await t.core.dispatch('agreements:drop', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await t.core.dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    t.core.close(); // the database is gone: a handler now fails in a way nobody planned for
    const result = await t.core.dispatch('agreements:overview', {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'INTERNAL', key: 'internal.nothingSaved', message: expect.stringContaining('Nothing was saved') },
    });
  });
});
