import type { Column } from '../../components/data-table';
import { Select } from '../../components/select-field';
import { useT } from '../../i18n';
import { EVENT_KINDS, type EventKind, type EventRecord } from '../../../../shared/models/event';
import { ListFilters } from '../common/list-filters';
import { ListPage } from '../common/list-page';
import { useListQuery, useListSearch } from '../common/list-query';
import { eventKindKey } from './event-labels';
import { ruleText, whenText } from './event-text';
import { eventsRecord } from './events-record';

export function EventsListPage() {
  const t = useT();
  const list = useListQuery(eventsRecord);
  const { query, setQuery } = list;
  const [search, setSearch] = useListSearch(eventsRecord);

  const columns: Column<EventRecord>[] = [
    { key: 'title', header: t('event.title'), sortKey: 'title', className: 'wide', render: (e) => e.title },
    { key: 'kind', header: t('event.kind'), render: (e) => t(eventKindKey(e.kind)) },
    {
      key: 'when',
      header: t('event.when'),
      sortKey: 'startsAt',
      render: (e) => (
        <>
          {whenText(t, e)}
          {e.recurrence ? <div className="muted">{ruleText(t, e.recurrence, e.startsOn)}</div> : null}
        </>
      ),
    },
    { key: 'place', header: t('event.place'), render: (e) => e.place },
    { key: 'agreement', header: t('event.agreement'), render: (e) => e.agreement?.name ?? '' },
  ];
  const filtered = query.search !== '' || query.kind !== undefined;

  const filters = (
    <ListFilters area="events" search={search} onSearch={setSearch}>
      <Select
        label={t('events.filterKind')}
        value={query.kind ?? ''}
        onChange={(kind) => setQuery({ kind: (kind || undefined) as EventKind | undefined })}
        placeholder={t('common.any')}
        options={EVENT_KINDS.map((kind) => ({ value: kind, label: t(eventKindKey(kind)) }))}
      />
    </ListFilters>
  );
  return <ListPage list={list} columns={columns} filters={filters} filtered={filtered} />;
}
