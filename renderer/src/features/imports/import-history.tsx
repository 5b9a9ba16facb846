import { useState } from 'react';
import { Button } from '../../components/button';
import { Section } from '../../components/section';
import { Spinner } from '../../components/spinner';
import { formatDateTime, formatNumber, useT } from '../../i18n';
import { send } from '../../ipc/client';
import { useAppStore } from '../../store';
import type { ImportSummary } from '../../../../shared/models/import';
import { LoadFailure } from '../common/load-failure';
import { notifyError, notifySuccess } from '../common/notify';
import { useLoad } from '../common/use-load';

/** Past imports, newest first, each with its own Undo (asked first). */
export function ImportHistory() {
  const t = useT();
  const confirm = useAppStore((s) => s.confirm);
  const imports = useLoad(() => send('imports:list', { limit: 50 }), 'imports', { quiet: true, reads: ['import'] });
  const [busy, setBusy] = useState(false);

  const undo = async (entry: ImportSummary) => {
    const ok = await confirm({
      title: t('imports.undoTitle'),
      message: t('imports.undoBody', { count: entry.created, file: entry.fileName, date: formatDateTime(entry.at) }),
      confirmLabel: t('imports.undoConfirm'),
      danger: true,
    });
    if (!ok) return;
    setBusy(true);
    try {
      const undone = await send('imports:undo', { id: entry.id });
      const kept = undone.organisationsKept.length ? ` ${t('imports.kept', { names: undone.organisationsKept.join(', ') })}` : '';
      notifySuccess(`${t('imports.undone', { agreements: undone.agreementsRemoved, organisations: undone.organisationsRemoved })}${kept}`);
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
      imports.reload();
    }
  };

  let body;
  if (!imports.data) {
    body = imports.loading ? <Spinner label={t('common.loading')} /> : <LoadFailure error={imports.error} onRetry={imports.reload} backHash="#/" backLabel={t('nav.home')} />;
  } else if (imports.data.rows.length === 0) {
    body = <p className="muted">{t('imports.none')}</p>;
  } else {
    body = (
      <div className="table-scroll">
        <table className="simple-table" aria-label={t('imports.history')}>
          <thead>
            <tr>
              <th scope="col">{t('imports.colWhen')}</th>
              <th scope="col">{t('imports.colFile')}</th>
              <th scope="col">{t('imports.colRows')}</th>
              <th scope="col">{t('imports.colCreated')}</th>
              <th scope="col">{t('imports.colState')}</th>
              <th scope="col">{t('imports.colActions')}</th>
            </tr>
          </thead>
          <tbody>
            {imports.data.rows.map((entry) => (
              <tr key={entry.id}>
                <td className="nowrap">{formatDateTime(entry.at)}</td>
                <td>{entry.fileName}</td>
                <td className="nowrap">{formatNumber(entry.rows)}</td>
                <td className="nowrap">{formatNumber(entry.created)}</td>
                <td className="nowrap">{entry.undoneAt ? t('imports.undoneOn', { date: formatDateTime(entry.undoneAt) }) : t('imports.inRegister')}</td>
                <td>
                  {entry.undoneAt ? null : (
                    <Button size="small" onClick={() => void undo(entry)} disabled={busy}>
                      {t('imports.undo')}
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }
  return <Section title={t('imports.history')}>{body}</Section>;
}
