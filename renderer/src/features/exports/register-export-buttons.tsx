import { useState } from 'react';
import { Button } from '../../components/button';
import { useT } from '../../i18n';
import { send } from '../../ipc/client';
import { selectListQuery, useAppStore } from '../../store';
import type { RegisterExport } from '../../../../shared/models/export';
import { agreementsRecord, type AgreementsQuery } from '../agreements/agreements-record';
import { notifyError, notifySuccess } from '../common/notify';
import { saveFile } from '../common/save-file';

type Format = RegisterExport['format'];

/** The list's filters and order, without its paging: the export holds every matching agreement. */
export function registerFilters(query: AgreementsQuery): Omit<RegisterExport, 'format'> {
  const { offset: _offset, limit: _limit, ...filters } = query;
  return filters;
}

/** "Export CSV" and "Export Markdown" for the agreements list as it is filtered now. */
export function RegisterExportButtons() {
  const t = useT();
  const [busy, setBusy] = useState<Format | null>(null);

  const exportAs = async (format: Format) => {
    setBusy(format);
    try {
      const file = await send('exports:register', { format, ...registerFilters(selectListQuery(useAppStore.getState(), agreementsRecord)) });
      saveFile(file);
      notifySuccess(t('common.savedFile', { fileName: file.fileName }));
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <Button disabled={busy !== null} aria-busy={busy === 'csv' || undefined} title={t('register.hint')} onClick={() => exportAs('csv')}>
        {t('register.csv')}
      </Button>
      <Button
        disabled={busy !== null}
        aria-busy={busy === 'markdown' || undefined}
        title={t('register.hint')}
        onClick={() => exportAs('markdown')}
      >
        {t('register.markdown')}
      </Button>
    </>
  );
}
