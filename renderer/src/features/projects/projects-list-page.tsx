import type { Column } from '../../components/data-table';
import { Select } from '../../components/select-field';
import { formatDate, formatDateTime, useT } from '../../i18n';
import { projectKindKey, projectStatusKey } from '../../i18n/labels';
import { PROJECT_KINDS, type Project, type ProjectKind, type ProjectStatus } from '../../../../shared/models/project';
import { PROJECT_STATUSES } from '../../../../shared/research/project-lifecycle';
import { ListFilters } from '../common/list-filters';
import { ListPage } from '../common/list-page';
import { useListQuery, useListSearch } from '../common/list-query';
import { OrganisationPicker } from '../organisations/organisation-picker';
import { ProjectStatusBadge } from './project-status';
import { projectsRecord } from './projects-record';

export function ProjectsListPage() {
  const t = useT();
  const list = useListQuery(projectsRecord);
  const { query, setQuery } = list;
  const [search, setSearch] = useListSearch(projectsRecord);

  const columns: Column<Project>[] = [
    { key: 'title', header: t('project.title'), sortKey: 'title', className: 'wide', render: (p) => p.title },
    { key: 'kind', header: t('project.kind'), className: 'nowrap', render: (p) => t(projectKindKey(p.kind)) },
    { key: 'status', header: t('project.status'), className: 'nowrap', render: (p) => <ProjectStatusBadge status={p.status} /> },
    { key: 'partners', header: t('project.partners'), render: (p) => p.partners.map((x) => x.name).join(' · ') },
    { key: 'starts', header: t('project.startsOn'), sortKey: 'startsOn', className: 'nowrap', render: (p) => (p.startsOn ? formatDate(p.startsOn) : '') },
    { key: 'outputs', header: t('project.outputs'), className: 'num', render: (p) => String(p.outputs.length) },
    { key: 'updated', header: t('col.updated'), sortKey: 'updatedAt', className: 'nowrap', render: (p) => formatDateTime(p.updatedAt) },
  ];
  const filtered = query.search !== '' || query.status !== undefined || query.kind !== undefined || query.organisationId !== undefined || query.agreementId !== undefined;

  const filters = (
    <ListFilters area="projects" search={search} onSearch={setSearch}>
      <Select
        label={t('project.status')}
        value={query.status ?? ''}
        placeholder={t('common.any')}
        options={PROJECT_STATUSES.map((status) => ({ value: status, label: t(projectStatusKey(status)) }))}
        onChange={(status) => setQuery({ status: (status || undefined) as ProjectStatus | undefined })}
      />
      <Select
        label={t('project.kind')}
        value={query.kind ?? ''}
        placeholder={t('common.any')}
        options={PROJECT_KINDS.map((kind) => ({ value: kind, label: t(projectKindKey(kind)) }))}
        onChange={(kind) => setQuery({ kind: (kind || undefined) as ProjectKind | undefined })}
      />
      <OrganisationPicker
        label={t('projects.filterPartner')}
        value={query.organisationId ?? ''}
        name=""
        onChange={(organisationId) => setQuery({ organisationId: organisationId || undefined })}
      />
    </ListFilters>
  );
  return <ListPage list={list} columns={columns} filters={filters} filtered={filtered} />;
}
