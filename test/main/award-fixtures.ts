import type { ChannelInput } from '../../shared/ipc/contract';
import type { TestCore } from './fixtures';
import { makeApplication, makeIntake, makeProgram } from './program-fixtures';

/** An application moved through screening to `to` (accepted unless said). */
export async function screenedApplication(t: TestCore, intakeId: string, applicantId: string, to: 'accepted' | 'rejected' | 'screening' = 'accepted') {
  const made = await makeApplication(t, intakeId, applicantId, { score: 88 });
  const screening = await t.call('applications:transition', { id: made.id, to: 'screening' });
  return to === 'screening' ? screening : t.call('applications:transition', { id: made.id, to });
}

/** The model case: an accepted HKUST GZ MSc applicant, ready for an award. */
export async function awardSetting(t: TestCore) {
  const made = await makeProgram(t);
  const intake = await makeIntake(t, made.program.id);
  const jiwoo = await t.call('people:create', { name: 'Park Ji-woo', altNames: [{ name: '박지우', lang: 'ko' }] });
  const mei = await t.call('people:create', { name: 'Chan Mei' });
  const application = await screenedApplication(t, intake.id, jiwoo.id);
  return { ...made, intake, jiwoo, mei, application };
}

/** About 100,000,000 KRW: about 50,000,000 KRW tuition plus the internship salary. */
export function krwAward(applicationId: string, overrides: Partial<ChannelInput<'awards:create'>> = {}): ChannelInput<'awards:create'> {
  return {
    applicationId,
    awardedOn: '2026-07-01',
    components: [
      { kind: 'tuition', description: 'Tuition for two years', amountMinor: 50_000_000, currency: 'KRW' },
      { kind: 'stipend', description: 'Internship salary', amountMinor: 50_000_000, currency: 'KRW' },
    ],
    payments: [
      { dueOn: '2026-09-01', component: 'tuition', amountMinor: 25_000_000, currency: 'KRW', paidOn: '2026-09-03' },
      { dueOn: '2027-03-01', component: 'tuition', amountMinor: 25_000_000, currency: 'KRW' },
      { dueOn: '2027-09-30', component: 'stipend', amountMinor: 50_000_000, currency: 'KRW' },
    ],
    ...overrides,
  };
}
