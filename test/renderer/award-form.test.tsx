import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Application } from '../../shared/models/application';
import type { Award } from '../../shared/models/award';
import { installFakeBridge } from './fake-bridge';
import { renderApp } from './render-app';

const AT = '2026-07-01T09:00:00.000Z';
const PROGRAM = '0190f1a2-0000-7000-8000-000000000201';
const INTAKE = '0190f1a2-0000-7000-8000-000000000301';
const APPLICATION = '0190f1a2-0000-7000-8000-000000000401';
const AWARD = '0190f1a2-0000-7000-8000-000000000501';

const accepted: Application = {
  id: APPLICATION,
  applicantId: '0190f1a2-0000-7000-8000-000000000012',
  applicantName: 'Lee Seo-yeon',
  intakeId: INTAKE,
  intakeName: '2026 intake',
  programId: PROGRAM,
  programName: 'HKUST GZ MSc',
  status: 'accepted',
  submittedOn: '2026-04-08',
  score: 92.5,
  reviewerNotes: '',
  createdAt: AT,
  updatedAt: AT,
  updatedBy: 'kim',
};

function award(values: { components: Award['components']; payments: Award['payments'] }): Award {
  return {
    id: AWARD,
    applicationId: APPLICATION,
    applicantId: accepted.applicantId,
    applicantName: 'Lee Seo-yeon',
    intakeId: INTAKE,
    intakeName: '2026 intake',
    programId: PROGRAM,
    programName: 'HKUST GZ MSc',
    status: 'offered',
    awardedOn: '2026-07-01',
    notes: '',
    totals: [{ currency: 'KRW', awardedMinor: 100_000_000, paidMinor: 0, plannedMinor: 50_000_000 }],
    createdAt: AT,
    updatedAt: AT,
    updatedBy: 'kim',
    ...values,
  };
}

describe('award form', () => {
  it('starts from its accepted application, refuses what main would at the field, and sends exact minor units per currency', async () => {
    const fake = installFakeBridge({
      'applications:get': () => accepted,
      'awards:create': () => award({ components: [], payments: [] }),
      'awards:get': () => award({ components: [], payments: [] }),
    });
    const user = userEvent.setup();
    renderApp(`#/awards/new?parent=${APPLICATION}`);
    const form = await screen.findByRole('form', { name: 'Award a scholarship' });
    expect(within(form).getByRole('combobox', { name: 'Accepted application' })).toHaveValue('Lee Seo-yeon — 2026 intake — HKUST GZ MSc');

    const tuition = within(form).getByRole('group', { name: 'Scholarship part 1' });
    await user.type(within(tuition).getByLabelText('Amount'), '50,000,000.5');
    await user.type(within(tuition).getByLabelText('Currency'), 'krw');
    await user.click(within(form).getByRole('button', { name: 'Add scholarship part' }));
    const salary = within(form).getByRole('group', { name: 'Scholarship part 2' });
    await user.selectOptions(within(salary).getByLabelText('Pays for'), 'stipend');
    await user.type(within(salary).getByLabelText('Amount'), '50,000,000');
    await user.click(within(form).getByRole('button', { name: 'Add payment' }));
    const payment = within(form).getByRole('group', { name: 'Payment 1' });
    await user.type(within(payment).getByLabelText('Due'), '2027-09-01');
    await user.type(within(payment).getByLabelText('Amount'), '60,000,000');

    await user.click(within(form).getByRole('button', { name: 'Save' }));
    // KRW has no minor unit: refused as typed, never rounded.
    expect(await within(tuition).findByText('KRW has no minor unit; enter a whole amount.')).toBeInTheDocument();
    await user.clear(within(tuition).getByLabelText('Amount'));
    await user.type(within(tuition).getByLabelText('Amount'), '50,000,000');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    // The schedule pays more than the stipend awards: the shared rule main applies too.
    expect(await within(payment).findByText('The payments for this component add up to more than it awards.')).toBeInTheDocument();
    expect(fake.callsTo('awards:create')).toEqual([]);

    await user.clear(within(payment).getByLabelText('Amount'));
    await user.type(within(payment).getByLabelText('Amount'), '50,000,000');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(fake.callsTo('awards:create')).toEqual([
        {
          applicationId: APPLICATION,
          awardedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) as unknown as string,
          components: [
            { kind: 'tuition', description: '', amountMinor: 50_000_000, currency: 'KRW' },
            { kind: 'stipend', description: '', amountMinor: 50_000_000, currency: 'KRW' },
          ],
          payments: [{ dueOn: '2027-09-01', component: 'stipend', amountMinor: 50_000_000, currency: 'KRW', paidOn: null }],
          notes: '',
        },
      ]),
    );
  });
});
