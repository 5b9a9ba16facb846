import type { Column } from '../../components/data-table';
import { DateField } from '../../components/date-field';
import { Select } from '../../components/select-field';
import { formatDate, useT } from '../../i18n';
import { PLACEMENT_STATUSES, type Placement, type PlacementStatus } from '../../../../shared/models/placement';
import { RecordListPage } from '../common/record-list-page';
import { RecordPicker } from '../common/record-picker';
import { stipendText } from './placement-facts';
import { PlacementStatusBadge, placementStatusKey } from './placement-status';
import { PlacementsExport } from './placements-export';
import { placementsRecord } from './placements-record';

/** Every placement, newest start first; filtered by host, supervisor, status and when it starts. */
export function PlacementsListPage() {
  const t = useT();
  const columns: Column<Placement>[] = [
    { key: 'intern', header: t('placement.intern'), className: 'wide', render: (p) => p.internName },
    { key: 'host', header: t('placement.host'), render: (p) => p.hostName },
    { key: 'supervisor', header: t('placement.supervisor'), render: (p) => p.supervisorName ?? '' },
    { key: 'program', header: t('placement.program'), render: (p) => p.programName ?? '' },
    { key: 'status', header: t('placement.status'), render: (p) => <PlacementStatusBadge status={p.status} /> },
    { key: 'starts', header: t('placement.startsOn'), sortKey: 'startsOn', className: 'nowrap', render: (p) => formatDate(p.startsOn) },
    { key: 'ends', header: t('placement.endsOn'), sortKey: 'endsOn', className: 'nowrap', render: (p) => formatDate(p.endsOn) },
    { key: 'stipend', header: t('placement.stipend'), className: 'num', render: (p) => stipendText(p) },
  ];
  return (
    <RecordListPage
      record={placementsRecord}
      columns={columns}
      actions={<PlacementsExport />}
      filters={({ query, setQuery }) => (
        <>
          <RecordPicker
            label={t('placements.filterHost')}
            source="organisations"
            value={query.hostId ?? ''}
            selectedLabel=""
            onChange={(hostId) => setQuery({ hostId: hostId || undefined })}
          />
          <RecordPicker
            label={t('placements.filterSupervisor')}
            source="people"
            value={query.supervisorId ?? ''}
            selectedLabel=""
            onChange={(supervisorId) => setQuery({ supervisorId: supervisorId || undefined })}
          />
          <Select
            label={t('placements.filterStatus')}
            value={query.statuses?.[0] ?? ''}
            onChange={(status) => setQuery({ statuses: status ? [status as PlacementStatus] : undefined })}
            placeholder={t('common.any')}
            options={PLACEMENT_STATUSES.map((status) => ({ value: status, label: t(placementStatusKey(status)) }))}
          />
          <DateField label={t('placements.filterStartsFrom')} value={query.startsFrom ?? ''} onChange={(startsFrom) => setQuery({ startsFrom: startsFrom || undefined })} />
          <DateField label={t('placements.filterStartsTo')} value={query.startsTo ?? ''} onChange={(startsTo) => setQuery({ startsTo: startsTo || undefined })} />
        </>
      )}
    />
  );
}
