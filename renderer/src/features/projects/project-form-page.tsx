import { PageHeader } from '../../components/page-header';
import { useT } from '../../i18n';
import { send } from '../../ipc/client';
import type { ProjectValues } from '../../../../shared/models/project';
import { ConflictBanner } from '../common/conflict-banner';
import { PendingRecord } from '../common/load-failure';
import { agreementLabel } from '../common/record-labels';
import { useLoad } from '../common/use-load';
import { useRecordFormPage } from '../common/use-record-form-page';
import { ProjectForm } from './project-form';
import { projectValues } from './project-form-values';
import { projectsRecord } from './projects-record';

/** Creates a project (`parentId`: the agreement it comes from, from that agreement's page) or edits one. */
export function ProjectFormPage({ id, parentId }: { id?: string; parentId?: string }) {
  const t = useT();
  const record = useRecordFormPage({ record: projectsRecord, id, get: (key) => send('projects:get', { id: key }) });
  const agreement = useLoad(() => send('agreements:get', { id: parentId ?? '' }), `project-agreement:${parentId}`, { skip: !parentId || Boolean(id), quiet: true });
  const { base } = record;
  if (record.waiting) return <PendingRecord record={projectsRecord} state={record.existing} />;
  // Wait for the agreement a new project starts from, so its picker shows the agreement's name.
  if (!id && parentId && agreement.loading) return null;

  const save = async (values: ProjectValues) => {
    const saved = id && base ? await send('projects:update', { id, expectedUpdatedAt: base.updatedAt, values }) : await send('projects:create', values);
    record.saved(saved, t('project.saved'));
  };

  const from = agreement.data ? { id: agreement.data.id, name: agreementLabel(agreement.data) } : undefined;
  const heading = base ? t('project.editTitle', { title: base.title }) : t('project.newTitle');
  return (
    <div className="page page--form">
      <PageHeader title={heading} />
      {record.conflict ? <ConflictBanner message={t('project.conflict')} onReload={record.reload} /> : null}
      <ProjectForm
        key={base?.updatedAt ?? 'new'}
        heading={heading}
        initial={projectValues(base, from)}
        onSave={save}
        onConflict={record.onConflict}
        onCancel={record.cancel}
      />
    </div>
  );
}
