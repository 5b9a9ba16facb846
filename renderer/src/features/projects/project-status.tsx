import { useId, useState } from 'react';
import { Button } from '../../components/button';
import { useT } from '../../i18n';
import { projectActionKey, projectStatusKey } from '../../i18n/labels';
import { send } from '../../ipc/client';
import { useAppStore } from '../../store';
import type { Project, ProjectStatus } from '../../../../shared/models/project';
import { projectLifecycle } from '../../../../shared/research/project-lifecycle';
import { issueText } from '../common/form-errors';
import { errorMessage, isClientError, notifyError, notifySuccess } from '../common/notify';

/** A project's status as a badge (its own colours; not an agreement's). */
export function ProjectStatusBadge({ status }: { status: ProjectStatus }) {
  const t = useT();
  return <span className={`badge badge--project-${status}`}>{t(projectStatusKey(status))}</span>;
}

function MoveButton({ project, to, busy, onMove }: { project: Project; to: ProjectStatus; busy: boolean; onMove: (to: ProjectStatus) => void }) {
  const t = useT();
  const reasonId = useId();
  // The same rule main checks: a blocked move is offered disabled, with the reason beside it.
  const problems = projectLifecycle.problems(project, to);
  const blocked = problems.length > 0;
  return (
    <div className="status-action">
      <Button variant={to === 'stopped' ? 'danger' : 'secondary'} disabled={blocked || busy} aria-describedby={blocked ? reasonId : undefined} onClick={() => onMove(to)}>
        {t(projectActionKey(to))}
      </Button>
      {blocked ? (
        <span id={reasonId} className="status-action__reason">
          {problems.map(issueText).join(' ')}
        </span>
      ) : null}
    </div>
  );
}

/** The project's legal next statuses as buttons. */
export function ProjectStatusActions({ project, onChanged }: { project: Project; onChanged: (next: Project) => void }) {
  const t = useT();
  const invalidate = useAppStore((s) => s.invalidate);
  const [busy, setBusy] = useState(false);
  const targets = projectLifecycle.next(project.status);
  if (targets.length === 0) return null;

  const move = async (to: ProjectStatus) => {
    setBusy(true);
    try {
      const next = await send('projects:transition', { id: project.id, to, expectedUpdatedAt: project.updatedAt });
      onChanged(next);
      invalidate(['project']);
      notifySuccess(t('project.statusChanged', { status: t(projectStatusKey(next.status)) }));
    } catch (error) {
      if (isClientError(error) && error.issues.length > 0) {
        useAppStore.getState().pushToast('error', [errorMessage(error), ...error.issues.map(issueText)].join(' '));
      } else notifyError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="status-actions" role="group" aria-label={t('project.statusActions')} aria-busy={busy || undefined}>
      {targets.map((to) => (
        <MoveButton key={to} project={project} to={to} busy={busy} onMove={(target) => void move(target)} />
      ))}
    </div>
  );
}
