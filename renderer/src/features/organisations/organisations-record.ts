import { defineRecord, listOf } from '../common/record-definition';

export const organisationsRecord = defineRecord({
  area: 'organisations',
  entity: 'organisation',
  nav: 'nav.organisations',
  // Each row shows its parent's name and how many agreements name it as a party.
  reads: ['organisation', 'agreement'],
  list: listOf('organisations:list', { sort: 'name', dir: 'asc' }),
});
