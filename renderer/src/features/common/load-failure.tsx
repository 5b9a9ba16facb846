import { Button } from '../../components/button';
import { EmptyState } from '../../components/empty-state';
import { Spinner } from '../../components/spinner';
import { useT } from '../../i18n';
import type { Area } from '../../store';
import { errorMessage, isClientError } from './notify';

/** What a detail or form page shows when its record could not be loaded. */
export function LoadFailure({ error, onRetry, backHash, backLabel }: { error: unknown; onRetry: () => void; backHash: string; backLabel: string }) {
  const t = useT();
  if (isClientError(error, 'NOT_FOUND')) {
    return <EmptyState title={t('error.notFound')} action={<a href={backHash}>{backLabel}</a>} />;
  }
  return (
    <EmptyState title={errorMessage(error)} action={<Button onClick={onRetry}>{t('common.reload')}</Button>}>
      <a href={backHash}>{backLabel}</a>
    </EmptyState>
  );
}

/** A page's record that has not arrived: a spinner, or (once loading failed) the way back to the area's list. */
export function PendingRecord({ area, error, onRetry }: { area: Area; error: unknown; onRetry: () => void }) {
  const t = useT();
  if (error) return <LoadFailure error={error} onRetry={onRetry} backHash={`#/${area}`} backLabel={t(`nav.${area}`)} />;
  return <Spinner label={t('common.loading')} />;
}
