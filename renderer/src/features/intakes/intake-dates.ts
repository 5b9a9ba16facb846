import { formatDate, type Translate } from '../../i18n';

/** "1 Apr 2026 – 30 Apr 2026", one end alone when the other is not set, '' when neither is. */
export function dateSpan(t: Translate, from: string | null, to: string | null): string {
  if (from && to) return t('intake.window', { from: formatDate(from), to: formatDate(to) });
  return from ? formatDate(from) : to ? formatDate(to) : '';
}
