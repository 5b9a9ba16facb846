import { defineRecord, listOf } from '../common/record-definition';

export const peopleRecord = defineRecord({
  area: 'people',
  entity: 'person',
  nav: 'nav.people',
  // Each row shows the name of the person's organisation.
  reads: ['person', 'organisation'],
  list: listOf('people:list', { sort: 'name', dir: 'asc' }),
});
