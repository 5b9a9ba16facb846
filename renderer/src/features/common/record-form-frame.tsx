import type { ReactNode } from 'react';
import { Button } from '../../components/button';
import { useT } from '../../i18n';
import type { EntityForm } from './use-entity-form';
import { useUnsavedChanges } from './use-unsaved-changes';

/**
 * What every record form has around its fields: the form element wired to the form engine, the
 * summary that appears once a save found problems (with any the fields cannot show), Save and
 * Cancel, and the question before leaving it with unsaved changes.
 */
export function RecordFormFrame({
  heading,
  form,
  onCancel,
  saveLabel,
  banner,
  unplaced = [],
  children,
}: {
  heading: string;
  form: Pick<EntityForm<unknown>, 'formRef' | 'onSubmit' | 'hasErrors' | 'saving' | 'dirty' | 'mayLeave'>;
  onCancel: () => void;
  saveLabel?: string;
  banner?: ReactNode;
  /** Problems no visible field shows (e.g. on read-only signed terms), listed in the summary. */
  unplaced?: readonly string[];
  children: ReactNode;
}) {
  const t = useT();
  // Every record form asks before it is left with unsaved changes.
  useUnsavedChanges(form);
  return (
    <form ref={form.formRef} className="form" aria-label={heading} noValidate onSubmit={form.onSubmit}>
      {banner}
      {form.hasErrors ? (
        <div className="form-summary" role="alert">
          <p>{t('common.fixErrors')}</p>
          {unplaced.length > 0 ? (
            <ul>
              {unplaced.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {children}
      <div className="form-actions">
        <Button type="submit" variant="primary" disabled={form.saving}>
          {form.saving ? t('common.saving') : (saveLabel ?? t('common.save'))}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
