import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Award } from '../../shared/models/award';
import { installFakeBridge } from './fake-bridge';
import { renderApp } from './render-app';

const AT = '2026-07-01T09:00:00.000Z';
const AWARD = '0190f1a2-0000-7000-8000-000000000501';

const award: Award = {
  id: AWARD,
  applicationId: '0190f1a2-0000-7000-8000-000000000401',
  applicantId: '0190f1a2-0000-7000-8000-000000000012',
  applicantName: 'Lee Seo-yeon',
  intakeId: '0190f1a2-0000-7000-8000-000000000301',
  intakeName: '2026 intake',
  programId: '0190f1a2-0000-7000-8000-000000000201',
  programName: 'HKUST GZ MSc',
  status: 'accepted',
  awardedOn: '2026-07-01',
  components: [
    { kind: 'tuition', description: 'Tuition', amountMinor: 400_000_50, currency: 'HKD' },
    { kind: 'stipend', description: 'Internship salary', amountMinor: 50_000_000, currency: 'KRW' },
  ],
  payments: [
    { dueOn: '2026-09-01', component: 'tuition', amountMinor: 400_000_50, currency: 'HKD', paidOn: '2026-09-02' },
    { dueOn: '2027-09-01', component: 'stipend', amountMinor: 50_000_000, currency: 'KRW', paidOn: null },
  ],
  notes: '',
  totals: [
    { currency: 'HKD', awardedMinor: 400_000_50, paidMinor: 400_000_50, plannedMinor: 0 },
    { currency: 'KRW', awardedMinor: 50_000_000, paidMinor: 0, plannedMinor: 50_000_000 },
  ],
  createdAt: AT,
  updatedAt: AT,
  updatedBy: 'kim',
};

describe('award page', () => {
  it('shows each currency on its own, offers paying out disabled with the reason until every payment is paid, and confirms a cancellation', async () => {
    const fake = installFakeBridge({ 'awards:get': () => award, 'awards:transition': ({ to }) => ({ ...award, status: to }) });
    const user = userEvent.setup();
    renderApp(`#/awards/${AWARD}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Scholarship award: Lee Seo-yeon' })).toBeInTheDocument();
    const perCurrency = screen.getByRole('region', { name: 'Per currency' });
    const rows = within(perCurrency).getAllByRole('row').slice(1).map((row) => row.textContent);
    expect(rows).toEqual([expect.stringMatching(/^HKDHK\$400,000\.50/), expect.stringMatching(/^KRW₩50,000,000/)]);
    expect(screen.getByRole('region', { name: 'Payment schedule' })).toHaveTextContent('Planned');

    const payOut = screen.getByRole('button', { name: 'Mark paid out' });
    expect(payOut).toBeDisabled();
    expect(payOut).toHaveAccessibleDescription('1 payment is not paid yet: give its paid date first.');

    await user.click(screen.getByRole('button', { name: 'Cancel award' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Cancel this award?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel award' }));
    await waitFor(() => expect(fake.callsTo('awards:transition')).toEqual([{ id: AWARD, to: 'cancelled', expectedUpdatedAt: AT }]));
  });
});
