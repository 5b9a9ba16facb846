import { formatDate, formatMoney, t } from '../../i18n';
import type { Placement } from '../../../../shared/models/placement';

/** "₩3,000,000 per month", or '' when no stipend is recorded. */
export function stipendText(p: Pick<Placement, 'stipendMinor' | 'stipendCurrency' | 'stipendPer'>): string {
  if (p.stipendMinor === null || !p.stipendCurrency) return '';
  return t('placement.stipendValue', { amount: formatMoney(p.stipendMinor, p.stipendCurrency), per: t(`placement.stipendPer.${p.stipendPer}`) });
}

/** "1 Sept 2026 – 31 Aug 2027", "Sept 2026 –": the dates as precisely as they were written. */
export function placementSpan(p: Pick<Placement, 'startsOn' | 'endsOn'>): string {
  return `${formatDate(p.startsOn)} – ${p.endsOn ? formatDate(p.endsOn) : ''}`.trim();
}
