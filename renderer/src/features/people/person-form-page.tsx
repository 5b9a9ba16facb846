import { useEffect, useState } from 'react';
import { Button } from '../../components/button';
import { PageHeader } from '../../components/page-header';
import { Spinner } from '../../components/spinner';
import { useT } from '../../i18n';
import { send } from '../../ipc/client';
import { useAppStore } from '../../store';
import type { Person } from '../../../../shared/models/person';
import { LoadFailure } from '../common/load-failure';
import { notifyError, notifySuccess } from '../common/notify';
import { useLoad } from '../common/use-load';
import { PersonForm, personValues, type PersonFormOutput } from './person-form';

export function PersonFormPage({ id }: { id?: string }) {
  const t = useT();
  const navigate = useAppStore((s) => s.navigate);
  const bumpRevision = useAppStore((s) => s.bumpRevision);
  const existing = useLoad(() => send('people:get', { id: id ?? '' }), `person:${id}`, { skip: !id, quiet: true });
  const [base, setBase] = useState<Person | undefined>();
  const [conflict, setConflict] = useState(false);
  useEffect(() => {
    if (existing.data && !base) setBase(existing.data);
  }, [existing.data, base]);

  if (id && !base) {
    if (existing.error) {
      return <LoadFailure error={existing.error} onRetry={existing.reload} backHash="#/people" backLabel={t('nav.people')} />;
    }
    return <Spinner label={t('common.loading')} />;
  }

  const save = async ({ movedOn, ...values }: PersonFormOutput) => {
    const saved =
      id && base
        ? await send('people:update', { id, expectedUpdatedAt: base.updatedAt, values, ...(movedOn ? { movedOn } : {}) })
        : await send('people:create', values);
    bumpRevision();
    notifySuccess(t('person.saved'));
    navigate({ view: 'detail', area: 'people', id: saved.id });
  };

  const reload = async () => {
    try {
      setBase(await send('people:get', { id: id ?? '' }));
      setConflict(false);
    } catch (error) {
      notifyError(error);
    }
  };

  const heading = base ? t('person.editTitle', { name: base.name }) : t('person.newTitle');
  return (
    <div className="page page--form">
      <PageHeader title={heading} />
      {conflict ? (
        <div className="alert alert--error" role="alert">
          <span>{t('person.conflict')}</span>
          <Button size="small" onClick={reload}>
            {t('common.reload')}
          </Button>
        </div>
      ) : null}
      <PersonForm
        key={base?.updatedAt ?? 'new'}
        heading={heading}
        initial={personValues(base)}
        originalOrganisationId={base ? base.organisationId : undefined}
        onSave={save}
        onConflict={() => setConflict(true)}
        onCancel={() => navigate(id ? { view: 'detail', area: 'people', id } : { view: 'list', area: 'people' })}
      />
    </div>
  );
}
