import type { ChannelInput } from '../../shared/ipc/contract';
import { makeAgreement, type TestCore } from './fixtures';

/**
 * The model case: KAIST–Seongnam's research-centre agreement with its cooperation items, and the
 * AI Graduate School Seongnam Research Center it sets up (2 professors, 34 graduate students, space
 * from the city, a planned move to Pangyo).
 */
export async function makeCentre(t: TestCore, overrides: Partial<ChannelInput<'projects:create'>> = {}) {
  const made = await makeAgreement(t, {
    title: 'Agreement on the AI Graduate School Seongnam Research Center',
    signedOn: '2019-10-04',
    items: [
      { description: 'Establish the AI Graduate School Seongnam Research Center' },
      { description: 'Rent research-friendly space free of charge' },
      { description: 'Hold AI forums', status: 'done' },
      { description: 'Internships with startups', dueOn: '2020-12-31' },
    ],
    contributions: [],
  });
  const school = await t.call('organisations:create', { name: 'KAIST AI Graduate School', kind: 'faculty', country: 'KR', parentId: made.kaist.id });
  const professor = await t.call('people:create', { name: 'Choi Jae-sik', organisationId: school.id, title: 'Professor' });
  const centre = await t.call('projects:create', {
    kind: 'centre',
    title: 'AI Graduate School Seongnam Research Center',
    summary: 'AI research and industry support in Seongnam.',
    startsOn: '2019-10-04',
    partners: [
      { organisationId: school.id, role: 'Runs the centre' },
      { organisationId: made.city.id, role: 'Provides the space free of charge' },
    ],
    team: [{ personId: professor.id, role: 'Director', principal: true }],
    headcounts: [
      { count: 2, role: 'professors' },
      { count: 34, role: 'graduate students' },
    ],
    agreementIds: [made.agreement.id],
    places: [
      { name: 'Research-friendly space in Seongnam (rent-free)', fromOn: '2019-10-04' },
      { name: 'Seongnam Global ICT Convergence Planet, Pangyo 2 Techno Valley', planned: true },
    ],
    budget: [
      { organisationId: made.city.id, description: 'Operating grant', amountMinor: 300_000_000, currency: 'KRW' },
      { organisationId: school.id, description: 'Travel', amountMinor: 1_234_567, currency: 'HKD' },
      { organisationId: made.city.id, description: 'Equipment', amountMinor: 50_000_000, currency: 'KRW' },
    ],
    milestones: [
      { title: 'Open the centre', dueOn: '2019-10-04', doneOn: '2019-10-04' },
      { title: 'Move to Pangyo', dueOn: '2025-12-31' },
    ],
    outputs: [
      { kind: 'paper', title: 'Seongnam startup AI survey', date: '2021-05-01', identifier: '10.1234/seongnam.2021' },
      { kind: 'talk', title: 'AI forum keynote', identifier: 'https://example.org/forum' },
    ],
    ...overrides,
  });
  return { ...made, school, professor, centre };
}
