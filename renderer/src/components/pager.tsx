import { useT, formatNumber } from '../i18n';
import { Button } from './button';

export type PagerProps = { offset: number; limit: number; total: number; onPage: (offset: number) => void };

/** "1–50 of 3,000" with previous/next. */
export function Pager({ offset, limit, total, onPage }: PagerProps) {
  const t = useT();
  const from = total === 0 ? 0 : offset + 1;
  const to = Math.min(offset + limit, total);
  return (
    <nav className="pager" aria-label={t('pager.label')}>
      <span className="pager__range" aria-live="polite">
        {total === 0
          ? t('pager.empty')
          : t('pager.range', { from: formatNumber(from), to: formatNumber(to), total: formatNumber(total) })}
      </span>
      <Button size="small" disabled={offset <= 0} onClick={() => onPage(Math.max(0, offset - limit))}>
        {t('pager.previous')}
      </Button>
      <Button size="small" disabled={offset + limit >= total} onClick={() => onPage(offset + limit)}>
        {t('pager.next')}
      </Button>
    </nav>
  );
}
