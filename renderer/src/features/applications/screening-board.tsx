import { useMemo, useState } from 'react';
import { Button } from '../../components/button';
import { DataTable, type Column, type SortState } from '../../components/data-table';
import { Section } from '../../components/section';
import { Spinner } from '../../components/spinner';
import { formatDate, formatNumber, useT } from '../../i18n';
import { send } from '../../ipc/client';
import { useAppStore } from '../../store';
import { applicationLifecycle, type Application, type ApplicationStatus } from '../../../../shared/models/application';
import { ExportButtons } from '../common/export-buttons';
import { issueText } from '../common/form-errors';
import { LifecycleButtons, useLifecycleMove } from '../common/lifecycle-actions';
import { isClientError, notifyError, notifySuccess } from '../common/notify';
import { useOpenList } from '../common/list-query';
import { useLoad } from '../common/use-load';
import { ApplicationStatusBadge, applicationMoveKey, applicationStatusKey } from './application-status';
import { applicationsRecord } from './applications-record';

/** One intake's screening round fits one board: main's limit for a page. Beyond it the board says so. */
const BOARD_LIMIT = 500;

type BoardSort = 'score' | 'name' | 'status';

/**
 * The order the board shows. The page comes from main best score first (an index walk over the
 * intake's applications); re-sorting those rows by name or status here costs nothing more. Unscored
 * applications stay last either way, as in main's score order.
 */
export function sortApplications(rows: readonly Application[], sort: SortState): Application[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  const statusRank = (s: ApplicationStatus) => applicationLifecycle.statuses.indexOf(s);
  const compare: Record<BoardSort, (a: Application, b: Application) => number> = {
    score: (a, b) => (a.score === null ? (b.score === null ? 0 : 1) : b.score === null ? -1 : sign * (a.score - b.score)),
    name: (a, b) => sign * a.applicantName.localeCompare(b.applicantName),
    status: (a, b) => sign * (statusRank(a.status) - statusRank(b.status)),
  };
  const by = compare[sort.key as BoardSort] ?? compare.score;
  return [...rows].sort((a, b) => by(a, b) || a.applicantName.localeCompare(b.applicantName));
}

/** The statuses every chosen application may move to: a bulk move is one decision for all of them. */
export function commonMoves(rows: readonly Application[]): ApplicationStatus[] {
  if (rows.length === 0) return [];
  return applicationLifecycle.statuses.filter((to) => rows.every((row) => applicationLifecycle.canMove(row.status, to)));
}

type Refusal = { message: string; rows: Array<{ name: string; reason: string }> };

/**
 * An intake's screening board: its applications sortable by score, name and status, a checkbox per
 * row, and one status change for the chosen ones, confirmed with how many and which move. Main moves
 * all of them or none (`applications:transitionMany`); a refusal lists each row that could not move.
 */
export function ScreeningBoard({ id: intakeId }: { id: string }) {
  const t = useT();
  const navigate = useAppStore((s) => s.navigate);
  const confirm = useAppStore((s) => s.confirm);
  const invalidate = useAppStore((s) => s.invalidate);
  const openList = useOpenList(applicationsRecord);
  const [sort, setSort] = useState<SortState>({ key: 'score', dir: 'desc' });
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const { busy, run } = useLifecycleMove();
  const applications = useLoad(
    () => send('applications:list', { intakeId, limit: BOARD_LIMIT, sort: 'score', dir: 'desc' }),
    `screening-board:${intakeId}`,
    { reads: ['application', 'person', 'intake'] },
  );
  const page = applications.data;
  const rows = useMemo(() => sortApplications(page?.rows ?? [], sort), [page, sort]);
  // Only rows still on the board count as chosen (one may have been deleted meanwhile).
  const selected = rows.filter((row) => chosen.has(row.id));
  const targets = commonMoves(selected);

  const toggle = (id: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const allChosen = rows.length > 0 && selected.length === rows.length;

  const moveChosen = async (to: ApplicationStatus) => {
    const status = t(applicationStatusKey(to));
    const ok = await confirm({
      title: t('board.confirmTitle', { count: selected.length, status }),
      message: t('board.confirmBody', { count: selected.length, status, names: selected.map((row) => row.applicantName).join(', ') }),
      confirmLabel: t(applicationMoveKey(to)),
      danger: to !== 'accepted' && to !== 'screening',
    });
    if (!ok) return;
    setRefusal(null);
    await run(async () => {
      try {
        await send('applications:transitionMany', { to, moves: selected.map((row) => ({ id: row.id, expectedUpdatedAt: row.updatedAt })) });
      } catch (error) {
        if (!isClientError(error) || error.issues.length === 0) throw error;
        // Each refused row is named by its place in the batch (`moves.<n>`).
        setRefusal({
          message: error.message,
          rows: error.issues.map((issue) => ({ name: selected[Number(issue.path.split('.')[1])]?.applicantName ?? '', reason: issueText(issue) })),
        });
        notifyError(error);
        return;
      }
      setChosen(new Set());
      invalidate(['application']);
      notifySuccess(t('board.moved', { count: selected.length, status }));
    });
  };

  const columns: Column<Application>[] = [
    {
      key: 'choose',
      header: t('board.choose'),
      className: 'narrow',
      render: (a) => (
        <input
          type="checkbox"
          aria-label={t('board.chooseOne', { name: a.applicantName })}
          checked={chosen.has(a.id)}
          onClick={(event) => event.stopPropagation()}
          onChange={(event) => toggle(a.id, event.target.checked)}
        />
      ),
    },
    { key: 'applicant', header: t('application.applicant'), sortKey: 'name', className: 'wide', render: (a) => a.applicantName },
    { key: 'status', header: t('application.status'), sortKey: 'status', render: (a) => <ApplicationStatusBadge status={a.status} /> },
    { key: 'score', header: t('application.score'), sortKey: 'score', className: 'num', render: (a) => (a.score === null ? '' : formatNumber(a.score)) },
    { key: 'submitted', header: t('application.submittedOn'), className: 'nowrap', render: (a) => formatDate(a.submittedOn) },
  ];

  return (
    <Section
      title={t('board.title')}
      actions={
        <>
          <ExportButtons
            size="small"
            title={t('board.exportHint')}
            choices={[
              { format: 'csv', label: t('board.exportCsv') },
              { format: 'markdown', label: t('board.exportMarkdown') },
            ]}
            produce={(format) => send('applications:export', { intakeId, format })}
          />
          <Button size="small" onClick={() => navigate({ view: 'new', area: 'applications', parentId: intakeId })}>
            {t('applications.new')}
          </Button>
        </>
      }
    >
      {!page ? (
        <Spinner label={t('common.loading')} inline />
      ) : page.rows.length === 0 ? (
        <p className="muted">{t('application.none')}</p>
      ) : (
        <>
          <div className="board-toolbar" role="toolbar" aria-label={t('board.bulkActions')}>
            <label className="checkbox">
              <input type="checkbox" checked={allChosen} onChange={(event) => setChosen(event.target.checked ? new Set(rows.map((row) => row.id)) : new Set())} />
              <span>{t('board.chooseAll')}</span>
            </label>
            <span className="muted" aria-live="polite">
              {t('board.chosen', { count: selected.length })}
            </span>
            {selected.length > 0 && targets.length === 0 ? <span className="muted">{t('board.noCommonMove')}</span> : null}
            <LifecycleButtons
              label={t('board.moveChosen')}
              targets={targets}
              busy={busy}
              actionLabel={(to) => t('board.moveTo', { action: t(applicationMoveKey(to)), count: selected.length })}
              variant={(to) => (to === 'accepted' ? 'primary' : 'secondary')}
              onMove={(to) => void moveChosen(to)}
            />
          </div>
          {refusal ? (
            <div className="board-refusal" role="alert">
              <strong>{refusal.message}</strong>
              <ul>
                {refusal.rows.map((row, index) => (
                  <li key={index}>
                    <strong>{row.name}</strong>: {row.reason}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <DataTable
            label={t('board.title')}
            columns={columns}
            rows={rows}
            rowKey={(row) => row.id}
            onOpen={(row) => navigate({ view: 'detail', area: 'applications', id: row.id })}
            sort={sort}
            onSort={(key) => setSort((current) => ({ key, dir: current.key === key && current.dir === 'desc' ? 'asc' : key === 'name' ? 'asc' : 'desc' }))}
          />
          {page.total > page.rows.length ? (
            <p className="muted">
              {t('common.showingOf', { shown: formatNumber(page.rows.length), total: formatNumber(page.total) })}{' '}
              <Button size="small" variant="ghost" onClick={() => openList({ intakeId, sort: 'score', dir: 'desc' })}>
                {t('common.showAll')}
              </Button>
            </p>
          ) : null}
        </>
      )}
    </Section>
  );
}
