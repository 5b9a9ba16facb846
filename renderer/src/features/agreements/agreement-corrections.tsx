import { useState } from 'react';
import { Button } from '../../components/button';
import { ReasonDialog } from '../../components/reason-dialog';
import { Select } from '../../components/select-field';
import { useT } from '../../i18n';
import { statusKey } from '../../i18n/labels';
import { send } from '../../ipc/client';
import { useAppStore } from '../../store';
import { isSigned } from '../../../../shared/lifecycle';
import { type AgreementDetail, type AgreementStatus } from '../../../../shared/models/agreement';
import { issueText } from '../common/form-errors';
import { reasonProblem } from '../common/reason-problem';
import { errorMessage, isClientError, notifySuccess } from '../common/notify';
import { CorrectionDialog } from './correction-dialog';

type Open = 'correct' | 'putBack' | 'remove' | null;

/** What a refused call says, with the sentences of its issues. */
function refusal(error: unknown): string {
  return isClientError(error) && error.issues.length > 0 ? [errorMessage(error), ...error.issues.map(issueText)].join(' ') : errorMessage(error);
}

export type AgreementCorrectionsProps = {
  agreement: AgreementDetail;
  onChanged: (next: AgreementDetail) => void;
  /** After a removal: the agreement is gone from the register. */
  onRemoved: () => void;
};

/**
 * Putting mistakes right, each with a reason kept in the history: correct signed terms copied
 * wrongly, put back a status set by mistake, or remove an agreement entered by mistake (a draft is
 * simply deleted instead). None of these is an amendment: that is a follow-on agreement.
 */
export function AgreementCorrections({ agreement, onChanged, onRemoved }: AgreementCorrectionsProps) {
  const t = useT();
  const invalidate = useAppStore((s) => s.invalidate);
  const [open, setOpen] = useState<Open>(null);
  const [reason, setReason] = useState('');
  const [to, setTo] = useState<AgreementStatus | ''>('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const show = (which: Open) => {
    setOpen(which);
    setReason('');
    setError(undefined);
    setTo(agreement.putBackTo[0] ?? '');
  };
  const close = () => setOpen(null);

  const run = async (call: () => Promise<void>) => {
    const problem = reasonProblem(reason);
    if (problem) {
      setError(problem);
      return;
    }
    setBusy(true);
    try {
      await call();
      setOpen(null);
    } catch (failure) {
      setError(refusal(failure));
    } finally {
      setBusy(false);
    }
  };

  const putBack = () =>
    run(async () => {
      if (!to) return;
      const next = await send('agreements:putBack', { id: agreement.id, to, reason, expectedUpdatedAt: agreement.updatedAt });
      onChanged(next);
      invalidate(['agreement']);
      notifySuccess(t('putBack.done', { status: t(statusKey(next.status)) }));
    });

  const remove = () =>
    run(async () => {
      await send('agreements:remove', { id: agreement.id, reason, expectedUpdatedAt: agreement.updatedAt });
      invalidate(['agreement']);
      notifySuccess(t('removal.done'));
      onRemoved();
    });

  const signed = isSigned(agreement.status);
  const hasSigningRecords = agreement.signedPartyIds.length > 0;
  return (
    <>
      {signed ? <Button onClick={() => show('correct')}>{t('correction.open')}</Button> : null}
      {agreement.putBackTo.length > 0 ? <Button onClick={() => show('putBack')}>{t('putBack.open')}</Button> : null}
      {agreement.status !== 'draft' ? (
        <Button variant="danger" onClick={() => show('remove')}>
          {t('removal.open')}
        </Button>
      ) : null}
      {open === 'correct' ? (
        <CorrectionDialog
          agreement={agreement}
          onCancel={close}
          onCorrected={(next) => {
            setOpen(null);
            onChanged(next);
            invalidate(['agreement']);
            notifySuccess(t('correction.saved'));
          }}
        />
      ) : null}
      {open === 'putBack' ? (
        <ReasonDialog
          title={t('putBack.title')}
          message={<p>{t('putBack.body', { status: t(statusKey(agreement.status)) })}</p>}
          reasonLabel={t('putBack.reason')}
          reason={reason}
          onReasonChange={setReason}
          error={error}
          confirmLabel={t('putBack.save')}
          cancelLabel={t('common.cancel')}
          busy={busy}
          onConfirm={() => void putBack()}
          onCancel={close}
        >
          <Select
            label={t('putBack.to')}
            value={to}
            onChange={(value) => setTo(value as AgreementStatus)}
            options={agreement.putBackTo.map((status) => ({ value: status, label: t(statusKey(status)) }))}
          />
        </ReasonDialog>
      ) : null}
      {open === 'remove' ? (
        <ReasonDialog
          title={t('removal.title')}
          message={
            <>
              <p>{t('removal.body', { title: agreement.title })}</p>
              {hasSigningRecords ? <p>{t('removal.signingRecords')}</p> : null}
            </>
          }
          reasonLabel={t('removal.reason')}
          reason={reason}
          onReasonChange={setReason}
          error={error}
          confirmLabel={t('removal.confirm')}
          cancelLabel={t('common.cancel')}
          busy={busy}
          danger
          onConfirm={() => void remove()}
          onCancel={close}
        />
      ) : null}
    </>
  );
}
