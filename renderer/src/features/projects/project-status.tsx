import { useT } from '../../i18n';
import { projectActionKey, projectStatusKey } from '../../i18n/labels';
import { send } from '../../ipc/client';
import { useAppStore } from '../../store';
import type { Project, ProjectStatus } from '../../../../shared/models/project';
import { projectLifecycle } from '../../../../shared/research/project-lifecycle';
import { LifecycleButtons, useLifecycleMove } from '../common/lifecycle-actions';
import { notifySuccess } from '../common/notify';

/** A project's status as a badge (its own colours; not an agreement's). */
export function ProjectStatusBadge({ status }: { status: ProjectStatus }) {
  const t = useT();
  return <span className={`badge badge--project-${status}`}>{t(projectStatusKey(status))}</span>;
}

/** The project's legal next statuses as buttons. */
export function ProjectStatusActions({ project, onChanged }: { project: Project; onChanged: (next: Project) => void }) {
  const t = useT();
  const invalidate = useAppStore((s) => s.invalidate);
  const { busy, run } = useLifecycleMove();
  const move = (to: ProjectStatus) =>
    run(async () => {
      const next = await send('projects:transition', { id: project.id, to, expectedUpdatedAt: project.updatedAt });
      onChanged(next);
      invalidate(['project']);
      notifySuccess(t('project.statusChanged', { status: t(projectStatusKey(next.status)) }));
    });
  return (
    <LifecycleButtons
      label={t('project.statusActions')}
      targets={projectLifecycle.next(project.status)}
      busy={busy}
      actionLabel={(to) => t(projectActionKey(to))}
      variant={(to) => (to === 'stopped' ? 'danger' : 'secondary')}
      problems={(to) => projectLifecycle.problems(project, to)}
      onMove={(to) => void move(to)}
    />
  );
}
