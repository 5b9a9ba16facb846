import { PAGE_SIZE } from '../../store';
import type { ProjectQuery } from '../../../../shared/models/project';
import { defineRecord } from '../common/record-definition';

/** What the research list asks main for. */
export type ProjectsQuery = Required<Pick<ProjectQuery, 'search' | 'sort' | 'dir' | 'offset' | 'limit'>> &
  Pick<ProjectQuery, 'status' | 'kind' | 'organisationId' | 'agreementId'>;

const initialQuery: ProjectsQuery = { search: '', sort: 'title', dir: 'asc', offset: 0, limit: PAGE_SIZE };

export const projectsRecord = defineRecord({
  area: 'projects',
  entity: 'project',
  nav: 'nav.projects',
  // Each row shows its partners' names.
  reads: ['project', 'organisation'],
  list: { channel: 'projects:list', initialQuery },
});
