import type { Column } from '../../components/data-table';
import { Select } from '../../components/select-field';
import { formatDate, useT } from '../../i18n';
import { HIRE_KINDS, type Hire, type HireKind } from '../../../../shared/models/hire';
import { RecordListPage } from '../common/record-list-page';
import { RecordPicker } from '../common/record-picker';
import { hiresRecord } from './hires-record';

/** Every hire, newest first; filtered by organisation and kind. */
export function HiresListPage() {
  const t = useT();
  const columns: Column<Hire>[] = [
    { key: 'person', header: t('hire.person'), className: 'wide', render: (h) => h.personName },
    { key: 'organisation', header: t('hire.organisation'), render: (h) => h.organisationName },
    { key: 'kind', header: t('hire.kind'), render: (h) => t(`hire.kind.${h.kind}`) },
    { key: 'title', header: t('hire.title'), render: (h) => h.title },
    { key: 'program', header: t('hire.program'), render: (h) => h.programName ?? '' },
    { key: 'date', header: t('hire.hiredOn'), sortKey: 'hiredOn', className: 'nowrap', render: (h) => formatDate(h.hiredOn) },
  ];
  return (
    <RecordListPage
      record={hiresRecord}
      columns={columns}
      filters={({ query, setQuery }) => (
        <>
          <RecordPicker
            label={t('hires.filterOrganisation')}
            source="organisations"
            value={query.organisationId ?? ''}
            selectedLabel=""
            onChange={(organisationId) => setQuery({ organisationId: organisationId || undefined })}
          />
          <Select
            label={t('hires.filterKind')}
            value={query.kind ?? ''}
            onChange={(kind) => setQuery({ kind: (kind || undefined) as HireKind | undefined })}
            placeholder={t('common.any')}
            options={HIRE_KINDS.map((kind) => ({ value: kind, label: t(`hire.kind.${kind}`) }))}
          />
        </>
      )}
    />
  );
}
