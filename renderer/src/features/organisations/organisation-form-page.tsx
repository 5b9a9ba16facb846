import { useEffect, useState } from 'react';
import { Button } from '../../components/button';
import { PageHeader } from '../../components/page-header';
import { Spinner } from '../../components/spinner';
import { useT } from '../../i18n';
import { send } from '../../ipc/client';
import { useAppStore } from '../../store';
import type { Organisation, OrganisationValues } from '../../../../shared/models/organisation';
import { LoadFailure } from '../common/load-failure';
import { notifyError, notifySuccess } from '../common/notify';
import { useLoad } from '../common/use-load';
import { OrganisationForm, organisationValues } from './organisation-form';

export function OrganisationFormPage({ id }: { id?: string }) {
  const t = useT();
  const navigate = useAppStore((s) => s.navigate);
  const bumpRevision = useAppStore((s) => s.bumpRevision);
  const existing = useLoad(() => send('organisations:get', { id: id ?? '' }), `organisation:${id}`, { skip: !id, quiet: true });
  const [base, setBase] = useState<Organisation | undefined>();
  const [conflict, setConflict] = useState(false);
  useEffect(() => {
    if (existing.data && !base) setBase(existing.data);
  }, [existing.data, base]);

  if (id && !base) {
    if (existing.error) {
      return <LoadFailure error={existing.error} onRetry={existing.reload} backHash="#/organisations" backLabel={t('nav.organisations')} />;
    }
    return <Spinner label={t('common.loading')} />;
  }

  const save = async (values: OrganisationValues) => {
    const saved =
      id && base
        ? await send('organisations:update', { id, expectedUpdatedAt: base.updatedAt, values })
        : await send('organisations:create', values);
    bumpRevision();
    notifySuccess(t('organisation.saved'));
    navigate({ view: 'detail', area: 'organisations', id: saved.id });
  };

  const reload = async () => {
    try {
      setBase(await send('organisations:get', { id: id ?? '' }));
      setConflict(false);
    } catch (error) {
      notifyError(error);
    }
  };

  const heading = base ? t('organisation.editTitle', { name: base.name }) : t('organisation.newTitle');
  return (
    <div className="page page--form">
      <PageHeader title={heading} />
      {conflict ? (
        <div className="alert alert--error" role="alert">
          <span>{t('organisation.conflict')}</span>
          <Button size="small" onClick={reload}>
            {t('common.reload')}
          </Button>
        </div>
      ) : null}
      <OrganisationForm
        key={base?.updatedAt ?? 'new'}
        heading={heading}
        initial={organisationValues(base)}
        selfId={id}
        onSave={save}
        onConflict={() => setConflict(true)}
        onCancel={() => navigate(id ? { view: 'detail', area: 'organisations', id } : { view: 'list', area: 'organisations' })}
      />
    </div>
  );
}
