import { formatNumber, useT } from '../i18n';
import { Button } from './button';

export type ShowingOfProps = { shown: number; total: number; onShowAll?: () => void };

/** Under a list that holds fewer than there are: "Showing 100 of 2,340.", and a way to see them all. Nothing when it holds all. */
export function ShowingOf({ shown, total, onShowAll }: ShowingOfProps) {
  const t = useT();
  if (shown >= total) return null;
  return (
    <p className="muted">
      {t('common.showingOf', { shown: formatNumber(shown), total: formatNumber(total) })}{' '}
      {onShowAll ? (
        <Button size="small" variant="ghost" onClick={onShowAll}>
          {t('common.showAll')}
        </Button>
      ) : null}
    </p>
  );
}
