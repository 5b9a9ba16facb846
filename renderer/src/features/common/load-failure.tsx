import { Button } from '../../components/button';
import { EmptyState } from '../../components/empty-state';
import { useT } from '../../i18n';
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
