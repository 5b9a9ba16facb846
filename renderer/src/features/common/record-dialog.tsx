import { useId, type ReactNode } from 'react';
import { Button } from '../../components/button';
import { Modal } from '../../components/modal';
import { useT } from '../../i18n';
import type { EntityForm } from './use-entity-form';

export type RecordDialogProps = {
  title: string;
  /** From `useEntityForm`. */
  form: Pick<EntityForm<unknown>, 'formRef' | 'onSubmit' | 'saving' | 'hasErrors'>;
  submitLabel: string;
  onCancel: () => void;
  children: ReactNode;
};

/**
 * A record created in a dialog over the form that needs it (a party's organisation, a signatory):
 * the form underneath stays as it was, typed text and all.
 */
export function RecordDialog({ title, form, submitLabel, onCancel, children }: RecordDialogProps) {
  const t = useT();
  const formId = useId();
  return (
    <Modal
      title={title}
      onCancel={form.saving ? () => undefined : onCancel}
      footer={
        <>
          <Button onClick={onCancel} disabled={form.saving}>
            {t('common.cancel')}
          </Button>
          <Button variant="primary" type="submit" form={formId} disabled={form.saving}>
            {form.saving ? t('common.saving') : submitLabel}
          </Button>
        </>
      }
    >
      <form ref={form.formRef} id={formId} className="modal__form" aria-label={title} noValidate onSubmit={form.onSubmit}>
        {form.hasErrors ? (
          <div className="form-summary" role="alert">
            {t('common.fixErrors')}
          </div>
        ) : null}
        {children}
      </form>
    </Modal>
  );
}
