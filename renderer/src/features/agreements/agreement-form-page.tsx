import { PageHeader } from '../../components/page-header';
import { useT } from '../../i18n';
import { send } from '../../ipc/client';
import { isSigned } from '../../../../shared/lifecycle';
import type { AgreementValues } from '../../../../shared/models/agreement';
import { ConflictBanner } from '../common/conflict-banner';
import { fieldIssuesToErrors, type FieldErrors } from '../common/form-errors';
import { PendingRecord } from '../common/load-failure';
import { isClientError, notifyError } from '../common/notify';
import { useLoad } from '../common/use-load';
import { useRecordFormPage } from '../common/use-record-form-page';
import { agreementsRecord } from './agreements-record';
import { AgreementForm } from './form/agreement-form';
import { emptyAgreementValues, followOnValues, valuesFromDetail } from './form/form-values';

export type AgreementFormPageProps = { id?: string; parentId?: string };

/** Create (optionally as a follow-on of `parentId`) or edit agreement `id`. */
export function AgreementFormPage({ id, parentId }: AgreementFormPageProps) {
  const t = useT();
  const record = useRecordFormPage({ record: agreementsRecord, id, returnToId: parentId, get: (key) => send('agreements:get', { id: key }) });
  const parent = useLoad(() => send('agreements:get', { id: parentId ?? '' }), `agreement:${parentId}`, {
    skip: !parentId,
    quiet: true,
    reads: ['agreement'],
  });
  const { base } = record;

  const save = async (values: AgreementValues): Promise<FieldErrors | void> => {
    try {
      const saved =
        id && base
          ? await send('agreements:update', { id, expectedUpdatedAt: base.updatedAt, values })
          : await send('agreements:create', values);
      record.saved(saved, t('agreement.created'));
    } catch (error) {
      if (isClientError(error, 'VALIDATION') && error.issues.length > 0) return fieldIssuesToErrors(error.issues);
      if (isClientError(error, 'CONFLICT') && id) {
        record.onConflict();
        return;
      }
      notifyError(error);
    }
  };

  if (record.waiting) return <PendingRecord record={agreementsRecord} state={record.existing} />;
  if (parentId && !parent.data) return <PendingRecord record={agreementsRecord} state={parent} />;

  const heading = base
    ? t('form.editAgreement', { title: base.title })
    : parent.data
      ? t('form.newFollowOn', { title: parent.data.title })
      : t('form.newAgreement');
  const initial = base ? valuesFromDetail(base) : parent.data ? followOnValues(parent.data) : emptyAgreementValues();

  return (
    <div className="page page--form">
      <PageHeader title={heading} />
      <AgreementForm
        key={base?.updatedAt ?? 'new'}
        heading={heading}
        initial={initial}
        signed={base && isSigned(base.status) ? base : undefined}
        selfId={id}
        banner={record.conflict ? <ConflictBanner message={t('agreement.conflict')} onReload={record.reload} /> : null}
        onSave={save}
        onCancel={record.cancel}
      />
    </div>
  );
}
