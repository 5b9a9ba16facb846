import { Button } from '../../components/button';
import { SimpleTable } from '../../components/simple-table';
import { Section } from '../../components/section';
import { Spinner } from '../../components/spinner';
import { formatDateTime, formatNumber, useT } from '../../i18n';
import { send } from '../../ipc/client';
import { useAppStore } from '../../store';
import type { ImportSummary } from '../../../../shared/models/import';
import { LoadFailure } from '../common/load-failure';
import { notifySuccess } from '../common/notify';
import { useBusyAction } from '../common/use-busy-action';
import { useLoad } from '../common/use-load';

/** Past imports, newest first, each with its own Undo (asked first). */
export function ImportHistory() {
  const t = useT();
  const confirm = useAppStore((s) => s.confirm);
  const imports = useLoad(() => send('imports:list', { limit: 50 }), 'imports', { quiet: true, reads: ['import'] });
  const { busy, run } = useBusyAction(() => imports.reload());

  const undo = async (entry: ImportSummary) => {
    const ok = await confirm({
      title: t('imports.undoTitle'),
      message: t('imports.undoBody', { count: entry.created, file: entry.fileName, date: formatDateTime(entry.at) }),
      confirmLabel: t('imports.undoConfirm'),
      danger: true,
    });
    if (!ok) return;
    await run(async () => {
      const undone = await send('imports:undo', { id: entry.id });
      const kept = undone.organisationsKept.length ? ` ${t('imports.kept', { names: undone.organisationsKept.join(', ') })}` : '';
      notifySuccess(`${t('imports.undone', { agreements: undone.agreementsRemoved, organisations: undone.organisationsRemoved })}${kept}`);
    });
  };

  let body;
  if (!imports.data) {
    body = imports.loading ? <Spinner label={t('common.loading')} /> : <LoadFailure error={imports.error} onRetry={imports.reload} backHash="#/" backLabel={t('nav.home')} />;
  } else if (imports.data.rows.length === 0) {
    body = <p className="muted">{t('imports.none')}</p>;
  } else {
    body = (
      <SimpleTable
        label={t('imports.history')}
        rows={imports.data.rows}
        rowKey={(entry) => entry.id}
        columns={[
          { key: 'when', header: t('imports.colWhen'), className: 'nowrap', render: (e) => formatDateTime(e.at) },
          { key: 'file', header: t('imports.colFile'), render: (e) => e.fileName },
          { key: 'rows', header: t('imports.colRows'), className: 'nowrap', render: (e) => formatNumber(e.rows) },
          { key: 'created', header: t('imports.colCreated'), className: 'nowrap', render: (e) => formatNumber(e.created) },
          {
            key: 'state',
            header: t('imports.colState'),
            className: 'nowrap',
            render: (e) => (e.undoneAt ? t('imports.undoneOn', { date: formatDateTime(e.undoneAt) }) : t('imports.inRegister')),
          },
          {
            key: 'actions',
            header: t('imports.colActions'),
            render: (e) =>
              e.undoneAt ? null : (
                <Button size="small" onClick={() => void undo(e)} disabled={busy}>
                  {t('imports.undo')}
                </Button>
              ),
          },
        ]}
      />
    );
  }
  return <Section title={t('imports.history')}>{body}</Section>;
}
