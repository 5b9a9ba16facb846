import { useState } from 'react';
import { Button } from '../../components/button';
import { DateField } from '../../components/date-field';
import { Modal } from '../../components/modal';
import { useT } from '../../i18n';
import { PreciseDateText } from '../../../../shared/models/agreement';
import { localToday } from '../../../../shared/calendar';
import { zodIssuesToErrors } from '../common/form-errors';

export type SignedDateDialogProps = { onConfirm: (signedOn: string) => void; onCancel: () => void };

/** Asked when an agreement without a signed date is marked as signed. */
export function SignedDateDialog({ onConfirm, onCancel }: SignedDateDialogProps) {
  const t = useT();
  const [value, setValue] = useState(localToday());
  const [error, setError] = useState<string | undefined>();
  const submit = () => {
    const parsed = PreciseDateText.safeParse(value);
    if (!parsed.success) {
      setError(Object.values(zodIssuesToErrors(parsed.error.issues))[0]);
      return;
    }
    onConfirm(parsed.data);
  };
  return (
    <Modal
      title={t('agreement.signedDateTitle')}
      onCancel={onCancel}
      footer={
        <>
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
          <Button variant="primary" onClick={submit}>
            {t('common.confirm')}
          </Button>
        </>
      }
    >
      <p>{t('agreement.signedDateBody')}</p>
      <DateField label={t('form.signedOn')} value={value} onChange={setValue} error={error} required autoFocus precision="any" />
    </Modal>
  );
}
