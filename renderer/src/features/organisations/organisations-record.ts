import { PAGE_SIZE } from '../../store';
import type { OrganisationQuery } from '../../../../shared/models/organisation';
import { defineRecord } from '../common/record-definition';

/** What the organisations list asks main for. */
export type OrganisationsQuery = Required<Pick<OrganisationQuery, 'search' | 'sort' | 'dir' | 'offset' | 'limit'>> &
  Pick<OrganisationQuery, 'kind' | 'country'>;

const initialQuery: OrganisationsQuery = { search: '', sort: 'name', dir: 'asc', offset: 0, limit: PAGE_SIZE };

export const organisationsRecord = defineRecord({
  area: 'organisations',
  entity: 'organisation',
  nav: 'nav.organisations',
  // Each row shows its parent's name and how many agreements name it as a party.
  reads: ['organisation', 'agreement'],
  list: { channel: 'organisations:list', initialQuery },
});
