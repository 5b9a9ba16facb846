import { Button } from '../../components/button';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { Section } from '../../components/section';
import { useT } from '../../i18n';
import { send } from '../../ipc/client';
import { useAppStore } from '../../store';
import { PendingLoad } from '../common/load-failure';
import { notifySuccess } from '../common/notify';
import { saveFile } from '../common/save-file';
import { useBusyAction } from '../common/use-busy-action';
import { useLoad } from '../common/use-load';
import { ActiveKeyCard } from './active-key-card';
import { KeyImportForm } from './key-import-form';
import { OtherKeysTable } from './other-keys-table';

/** The office key: what it is, exporting its public half, rotating it, and partners' keys. */
export function KeysPage() {
  const t = useT();
  const confirm = useAppStore((s) => s.confirm);
  const keys = useLoad(() => send('keys:list', {}), 'keys', { quiet: true });
  const { busy, run } = useBusyAction();

  if (!keys.data) return <PendingLoad state={keys} backHash="#/" backLabel={t('nav.home')} />;
  const active = keys.data.find((key) => key.origin === 'own' && key.active);
  const others = keys.data.filter((key) => key !== active);

  const exportPublic = () =>
    run(async () => {
      const file = await send('keys:exportPublic', {});
      saveFile(file);
      notifySuccess(t('keys.exported', { fileName: file.fileName }));
    });

  const rotate = async () => {
    const ok = await confirm({ title: t('keys.rotateTitle'), message: t('keys.rotateBody'), confirmLabel: t('keys.rotate') });
    if (!ok) return;
    await run(async () => {
      const key = await send('keys:rotate', {});
      notifySuccess(t('keys.rotated', { keyId: key.keyId }));
      keys.reload();
    });
  };

  const actions = (
    <>
      <Button variant="primary" onClick={exportPublic} disabled={busy}>
        {t('keys.export')}
      </Button>
      <Button onClick={rotate} disabled={busy}>
        {t('keys.rotate')}
      </Button>
    </>
  );

  return (
    <div className="page">
      <PageHeader title={t('keys.title')} subtitle={t('keys.subtitle')} />
      <Section title={t('keys.active')}>
        {active ? <ActiveKeyCard keyInfo={active} actions={actions} /> : <EmptyState title={t('keys.noActive')} />}
      </Section>
      <Section title={t('keys.others')}>
        <OtherKeysTable keys={others} />
      </Section>
      <Section title={t('keys.import')}>
        <KeyImportForm onImported={() => keys.reload()} />
      </Section>
    </div>
  );
}
