import { PageHeader } from '../../components/page-header';
import { useT } from '../../i18n';
import { send } from '../../ipc/client';
import { ConflictBanner } from '../common/conflict-banner';
import { PendingRecord } from '../common/load-failure';
import { useRecordFormPage } from '../common/use-record-form-page';
import { peopleRecord } from './people-record';
import { PersonForm, personValues, type PersonFormOutput } from './person-form';

export function PersonFormPage({ id }: { id?: string }) {
  const t = useT();
  const record = useRecordFormPage({ record: peopleRecord, id, get: (key) => send('people:get', { id: key }) });
  const { base } = record;
  if (record.waiting) return <PendingRecord record={peopleRecord} state={record.existing} />;

  const save = async ({ movedOn, ...values }: PersonFormOutput) => {
    const saved =
      id && base
        ? await send('people:update', { id, expectedUpdatedAt: base.updatedAt, values, ...(movedOn ? { movedOn } : {}) })
        : await send('people:create', values);
    record.saved(saved, t('person.saved'));
  };

  const heading = base ? t('person.editTitle', { name: base.name }) : t('person.newTitle');
  return (
    <div className="page page--form">
      <PageHeader title={heading} />
      {record.conflict ? <ConflictBanner message={t('person.conflict')} onReload={record.reload} /> : null}
      <PersonForm
        key={base?.updatedAt ?? 'new'}
        heading={heading}
        initial={personValues(base)}
        originalOrganisationId={base ? base.organisationId : undefined}
        selfId={id}
        onSave={save}
        onConflict={record.onConflict}
        onCancel={record.cancel}
      />
    </div>
  );
}
