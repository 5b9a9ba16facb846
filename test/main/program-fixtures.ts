import type { ChannelInput } from '../../shared/ipc/contract';
import { makeAgreement, type TestCore } from './fixtures';

/** The model case: the HKUST–Upstage agreement's two-year MSc track, with its 2026 intake. */
export async function makeProgram(t: TestCore, overrides: Partial<ChannelInput<'programs:create'>> = {}) {
  const made = await makeAgreement(t, { title: 'AI talent agreement' });
  const program = await t.call('programs:create', {
    name: 'HKUST GZ MSc',
    summary: 'A year of study, then a year at the partner.',
    eligibility: 'Graduates of computer science or mathematics-related majors',
    fields: ['Computer science', 'Mathematics'],
    phases: [
      { name: 'Study', months: 12, place: 'Online or the Guangzhou campus' },
      { name: 'Internship', months: 12, place: 'Seongnam' },
    ],
    sponsorIds: [made.kaist.id],
    agreementIds: [made.agreement.id],
    scholarship: [
      { kind: 'tuition', amountMinor: 50_000_000, currency: 'KRW' },
      { kind: 'stipend', description: 'Internship salary', amountMinor: 50_000_000, currency: 'KRW' },
    ],
    ...overrides,
  });
  return { ...made, program };
}

export async function makeIntake(t: TestCore, programId: string, overrides: Partial<ChannelInput<'intakes:create'>> = {}) {
  return t.call('intakes:create', {
    programId,
    name: '2026 intake',
    applicationsOpenOn: '2026-04-01',
    applicationsCloseOn: '2026-04-30',
    screeningStartsOn: '2026-05-01',
    screeningEndsOn: '2026-06-15',
    startsOn: '2026-09-01',
    places: 10,
    ...overrides,
  });
}

/** An application of `applicantId` to `intakeId`, submitted in the intake's window. */
export async function makeApplication(t: TestCore, intakeId: string, applicantId: string, overrides: Partial<ChannelInput<'applications:create'>> = {}) {
  return t.call('applications:create', { applicantId, intakeId, submittedOn: '2026-04-10', ...overrides });
}
