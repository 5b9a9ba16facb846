import { describe, expect, it } from 'vitest';
import { AwardInput, awardLifecycle } from '../../shared/models/award';

const ID = '0190f1a2-0000-7000-8000-000000000401';
const parts = [
  { kind: 'tuition' as const, amountMinor: 50_000_000, currency: 'KRW' },
  { kind: 'tuition' as const, amountMinor: 1_000_00, currency: 'HKD' },
];

describe('award rules', () => {
  it('schedules a component only in its own currency and never beyond what it awards', () => {
    const paths = (payments: Array<{ component: 'tuition' | 'stipend'; amountMinor: number; currency: string; paidOn?: string }>) => {
      const parsed = AwardInput.safeParse({ applicationId: ID, awardedOn: '2026-07-01', components: parts, payments: payments.map((p) => ({ dueOn: '2026-09-01', ...p })) });
      return parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join('.'));
    };
    // 50,000,000 KRW and 1,000.00 HKD of tuition are two budgets: neither may spill into the other.
    expect(paths([{ component: 'tuition', amountMinor: 50_000_000, currency: 'KRW' }, { component: 'tuition', amountMinor: 1_000_00, currency: 'HKD' }])).toEqual([]);
    expect(paths([{ component: 'tuition', amountMinor: 50_000_001, currency: 'KRW' }])).toEqual(['payments.0.amountMinor']);
    expect(paths([{ component: 'stipend', amountMinor: 1, currency: 'KRW' }])).toEqual(['payments.0.component']);
    expect(paths([{ component: 'tuition', amountMinor: 1, currency: 'USD' }])).toEqual(['payments.0.component']);
    expect(paths([{ component: 'tuition', amountMinor: 1, currency: 'KRW', paidOn: '2026-06-30' }])).toEqual(['payments.0.paidOn']);
  });

  it('pays out only once every scheduled payment is paid; paid out and cancelled are final', () => {
    expect(awardLifecycle.next('offered')).toEqual(['accepted', 'cancelled']);
    expect(awardLifecycle.problems({ status: 'accepted', payments: [] }, 'paid_out').map((p) => p.key)).toEqual(['award.noPayments']);
    expect(awardLifecycle.problems({ status: 'accepted', payments: [{ paidOn: '2026-09-01' }, { paidOn: null }] }, 'paid_out')).toMatchObject([
      { key: 'award.unpaidPayments', params: { count: 1 } },
    ]);
    expect(awardLifecycle.problems({ status: 'accepted', payments: [{ paidOn: '2026-09-01' }] }, 'paid_out')).toEqual([]);
    expect(awardLifecycle.isFinal('paid_out') && awardLifecycle.isFinal('cancelled')).toBe(true);
  });
});
