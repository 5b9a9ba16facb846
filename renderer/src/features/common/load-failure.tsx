import { Button } from '../../components/button';
import { EmptyState } from '../../components/empty-state';
import { Spinner } from '../../components/spinner';
import { useT, type MessageKey } from '../../i18n';
import type { Area } from '../../store';
import { errorMessage, isClientError } from './notify';
import type { LoadState } from './use-load';

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

export type PendingRecordProps = {
  /** The record type: its list is the way back. */
  record: { area: Area; nav: MessageKey };
  state: Pick<LoadState<unknown>, 'loading' | 'error' | 'reload'>;
};

/** A page's record that has not arrived: a spinner, or (once loading failed) the way back to the area's list. */
export function PendingRecord({ record, state }: PendingRecordProps) {
  const t = useT();
  return <PendingLoad state={state} backHash={`#/${record.area}`} backLabel={t(record.nav)} />;
}

export type PendingLoadProps = {
  state: Pick<LoadState<unknown>, 'loading' | 'error' | 'reload'>;
  /** Where "back" leads once loading failed, and what it is called. */
  backHash: string;
  backLabel: string;
};

/** What any page shows while its data has not arrived: a spinner, or (once loading failed) the failure and a way back. */
export function PendingLoad({ state, backHash, backLabel }: PendingLoadProps) {
  const t = useT();
  if (state.loading || !state.error) return <Spinner label={t('common.loading')} />;
  return <LoadFailure error={state.error} onRetry={state.reload} backHash={backHash} backLabel={backLabel} />;
}
