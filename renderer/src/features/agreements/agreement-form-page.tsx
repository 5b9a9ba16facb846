import { useEffect, useState } from 'react';
import { Button } from '../../components/button';
import { PageHeader } from '../../components/page-header';
import { Spinner } from '../../components/spinner';
import { useT } from '../../i18n';
import { send } from '../../ipc/client';
import { useAppStore } from '../../store';
import { isSigned } from '../../../../shared/lifecycle';
import type { AgreementDetail, AgreementValues } from '../../../../shared/models/agreement';
import { fieldIssuesToErrors, type FieldErrors } from '../common/form-errors';
import { LoadFailure } from '../common/load-failure';
import { isClientError, notifyError, notifySuccess } from '../common/notify';
import { useLoad } from '../common/use-load';
import { AgreementForm } from './form/agreement-form';
import { emptyAgreementValues, followOnValues, valuesFromDetail } from './form/form-values';

export type AgreementFormPageProps = { id?: string; parentId?: string };

/** Create (optionally as a follow-on of `parentId`) or edit agreement `id`. */
export function AgreementFormPage({ id, parentId }: AgreementFormPageProps) {
  const t = useT();
  const navigate = useAppStore((s) => s.navigate);
  const bumpRevision = useAppStore((s) => s.bumpRevision);
  const existing = useLoad(() => send('agreements:get', { id: id ?? '' }), `agreement:${id}`, { skip: !id, quiet: true });
  const parent = useLoad(() => send('agreements:get', { id: parentId ?? '' }), `agreement:${parentId}`, { skip: !parentId, quiet: true });
  // The version the editor started from: sent as expectedUpdatedAt, replaced only on an explicit reload.
  const [base, setBase] = useState<AgreementDetail | undefined>();
  const [conflict, setConflict] = useState(false);
  useEffect(() => {
    if (existing.data && !base) setBase(existing.data);
  }, [existing.data, base]);

  const reload = async () => {
    if (!id) return;
    try {
      setBase(await send('agreements:get', { id }));
      setConflict(false);
    } catch (error) {
      notifyError(error);
    }
  };

  const save = async (values: AgreementValues): Promise<FieldErrors | void> => {
    try {
      const saved =
        id && base
          ? await send('agreements:update', { id, expectedUpdatedAt: base.updatedAt, values })
          : await send('agreements:create', values);
      bumpRevision();
      notifySuccess(t('agreement.created'));
      navigate({ view: 'detail', area: 'agreements', id: saved.id });
    } catch (error) {
      if (isClientError(error, 'VALIDATION') && error.issues.length > 0) return fieldIssuesToErrors(error.issues);
      if (isClientError(error, 'CONFLICT') && id) {
        setConflict(true);
        return;
      }
      notifyError(error);
    }
  };

  const cancel = () =>
    navigate(id ? { view: 'detail', area: 'agreements', id } : parentId ? { view: 'detail', area: 'agreements', id: parentId } : { view: 'list', area: 'agreements' });

  const failed = id ? existing.error : parentId ? parent.error : null;
  if (failed && !(id ? base : parent.data)) {
    return <LoadFailure error={failed} onRetry={id ? existing.reload : parent.reload} backHash="#/agreements" backLabel={t('nav.agreements')} />;
  }
  if ((id && !base) || (parentId && !parent.data)) return <Spinner label={t('common.loading')} />;

  const heading = base
    ? t('form.editAgreement', { title: base.title })
    : parent.data
      ? t('form.newFollowOn', { title: parent.data.title })
      : t('form.newAgreement');
  const initial = base ? valuesFromDetail(base) : parent.data ? followOnValues(parent.data) : emptyAgreementValues();

  const banner = conflict ? (
    <div className="alert alert--error" role="alert">
      <span>{t('agreement.conflict')}</span>
      <Button size="small" onClick={reload}>
        {t('common.reload')}
      </Button>
    </div>
  ) : null;

  return (
    <div className="page page--form">
      <PageHeader title={heading} />
      <AgreementForm
        key={base?.updatedAt ?? 'new'}
        heading={heading}
        initial={initial}
        signed={base && isSigned(base.status) ? base : undefined}
        selfId={id}
        banner={banner}
        onSave={save}
        onCancel={cancel}
      />
    </div>
  );
}
