import { PAGE_SIZE } from '../../store';
import type { PersonQuery } from '../../../../shared/models/person';
import { defineRecord } from '../common/record-definition';

/** What the people list asks main for. */
export type PeopleQuery = Required<Pick<PersonQuery, 'search' | 'sort' | 'dir' | 'offset' | 'limit'>> & Pick<PersonQuery, 'organisationId'>;

const initialQuery: PeopleQuery = { search: '', sort: 'name', dir: 'asc', offset: 0, limit: PAGE_SIZE };

export const peopleRecord = defineRecord({
  area: 'people',
  entity: 'person',
  nav: 'nav.people',
  // Each row shows the name of the person's organisation.
  reads: ['person', 'organisation'],
  list: { channel: 'people:list', initialQuery },
});
