import { AlertBanner } from '../../components/alert-banner';
import { Button } from '../../components/button';
import { PageHeader } from '../../components/page-header';
import { Section } from '../../components/section';
import { formatDateTime, getLocale, translateMessage, useT } from '../../i18n';
import { send } from '../../ipc/client';
import { useAppStore } from '../../store';
import type { BackupInfo, RestoreOutcome } from '../../../../shared/models/backup';
import { PendingLoad } from '../common/load-failure';
import { notifySuccess } from '../common/notify';
import { useBusyAction } from '../common/use-busy-action';
import { useLoad } from '../common/use-load';
import { BackupsTable } from './backups-table';

/** What the last start did with a restore chosen in the session before. */
function LastRestore({ outcome }: { outcome: RestoreOutcome }) {
  const t = useT();
  if (outcome.status === 'failed') {
    return (
      <AlertBanner title={t('backups.restoreFailed', { name: outcome.name })}>
        {translateMessage(getLocale().ui, outcome.key, outcome.params, outcome.message)}
      </AlertBanner>
    );
  }
  return (
    <p role="status" className="muted">
      {outcome.setAside
        ? t('backups.restored', { name: outcome.name, setAside: outcome.setAside })
        : t('backups.restoredNothingReplaced', { name: outcome.name })}
    </p>
  );
}

/**
 * The register's backups: back up now, and restore one. A restore is only scheduled here; main
 * applies it at the next start, since the open register cannot be swapped under the running app.
 */
export function BackupsPage() {
  const t = useT();
  const confirm = useAppStore((s) => s.confirm);
  const overview = useLoad(() => send('backups:list', {}), 'backups', { quiet: true });
  const { busy, run } = useBusyAction(() => overview.reload());

  if (!overview.data) return <PendingLoad state={overview} backHash="#/" backLabel={t('nav.home')} />;
  const { backups, pending, lastRestore } = overview.data;

  const backUpNow = () =>
    run(async () => {
      const made = await send('backups:create', {});
      notifySuccess(t('backups.backedUp', { name: made.name }));
    });

  const restore = async (backup: BackupInfo) => {
    const date = formatDateTime(backup.savedAt);
    const ok = await confirm({ title: t('backups.confirmTitle'), message: t('backups.confirmBody', { date }), confirmLabel: t('backups.confirm'), danger: true });
    if (!ok) return;
    await run(async () => {
      await send('backups:restore', { file: backup.name });
    });
  };

  const cancel = () =>
    run(async () => {
      await send('backups:cancelRestore', {});
      notifySuccess(t('backups.cancelled'));
    });

  return (
    <div className="page">
      <PageHeader title={t('backups.title')} subtitle={t('backups.subtitle')} />
      {lastRestore ? <LastRestore outcome={lastRestore} /> : null}
      {pending ? (
        <AlertBanner
          title={t('backups.scheduled')}
          action={
            <Button onClick={cancel} disabled={busy}>
              {t('backups.cancelRestore')}
            </Button>
          }
        >
          {t('backups.scheduledBody', { date: formatDateTime(pending.savedAt), name: pending.name })}
        </AlertBanner>
      ) : null}
      <Section
        title={t('backups.title')}
        actions={
          <Button variant="primary" onClick={backUpNow} disabled={busy}>
            {t('backups.backUpNow')}
          </Button>
        }
      >
        <BackupsTable backups={backups} onRestore={restore} busy={busy} />
      </Section>
    </div>
  );
}
