import { PageHeader } from '../../components/page-header';
import { useT } from '../../i18n';
import { send } from '../../ipc/client';
import type { OrganisationValues } from '../../../../shared/models/organisation';
import { ConflictBanner } from '../common/conflict-banner';
import { PendingRecord } from '../common/load-failure';
import { useRecordFormPage } from '../common/use-record-form-page';
import { OrganisationForm, organisationValues } from './organisation-form';
import { organisationsRecord } from './organisations-record';

export function OrganisationFormPage({ id }: { id?: string }) {
  const t = useT();
  const record = useRecordFormPage({ record: organisationsRecord, id, get: (key) => send('organisations:get', { id: key }) });
  const { base } = record;
  if (record.waiting) return <PendingRecord record={organisationsRecord} state={record.existing} />;

  const save = async (values: OrganisationValues) => {
    const saved =
      id && base
        ? await send('organisations:update', { id, expectedUpdatedAt: base.updatedAt, values })
        : await send('organisations:create', values);
    record.saved(saved, t('organisation.saved'));
  };

  const heading = base ? t('organisation.editTitle', { name: base.name }) : t('organisation.newTitle');
  return (
    <div className="page page--form">
      <PageHeader title={heading} />
      {record.conflict ? <ConflictBanner message={t('organisation.conflict')} onReload={record.reload} /> : null}
      <OrganisationForm
        key={base?.updatedAt ?? 'new'}
        heading={heading}
        initial={organisationValues(base)}
        selfId={id}
        onSave={save}
        onConflict={record.onConflict}
        onCancel={record.cancel}
      />
    </div>
  );
}
