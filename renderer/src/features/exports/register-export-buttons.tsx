import { useT } from '../../i18n';
import { send } from '../../ipc/client';
import { selectListQuery, useAppStore } from '../../store';
import type { RegisterExport } from '../../../../shared/models/export';
import { agreementsRecord, type AgreementsQuery } from '../agreements/agreements-record';
import { ExportButtons } from '../common/export-buttons';

type Format = RegisterExport['format'];

/** The list's filters and order, without its paging: the export holds every matching agreement. */
export function registerFilters(query: AgreementsQuery): Omit<RegisterExport, 'format'> {
  const { offset: _offset, limit: _limit, ...filters } = query;
  return filters;
}

/** "Export CSV" and "Export Markdown" for the agreements list as it is filtered now. */
export function RegisterExportButtons() {
  const t = useT();
  return (
    <ExportButtons
      title={t('register.hint')}
      choices={[
        { format: 'csv', label: t('register.csv') },
        { format: 'markdown', label: t('register.markdown') },
      ]}
      // A link, not the file: the register of 100,000 agreements is written while it is downloaded.
      produce={(format: Format) => send('exports:registerLink', { format, ...registerFilters(selectListQuery(useAppStore.getState(), agreementsRecord)) })}
    />
  );
}
