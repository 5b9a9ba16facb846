import { useT } from '../../i18n';
import { send } from '../../ipc/client';
import { selectListQuery, useAppStore } from '../../store';
import { ExportButtons } from '../common/export-buttons';
import { placementsRecord } from './placements-record';

type Format = 'csv' | 'markdown';

/** The placements list as it is filtered now, as CSV or Markdown (every page, not just the one shown). */
export function PlacementsExport() {
  const t = useT();
  return (
    <ExportButtons
      choices={[
        { format: 'csv', label: t('placements.exportCsv') },
        { format: 'markdown', label: t('placements.exportMarkdown') },
      ]}
      produce={(format: Format) => {
        const { offset: _offset, limit: _limit, ...filters } = selectListQuery(useAppStore.getState(), placementsRecord);
        return send('placements:export', { ...filters, format });
      }}
    />
  );
}
