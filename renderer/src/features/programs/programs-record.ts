import { defineRecord, listOf } from '../common/record-definition';

export const programsRecord = defineRecord({
  area: 'programs',
  entity: 'program',
  nav: 'nav.programs',
  // Each row shows its sponsors' and agreements' names, and how many intakes it has.
  reads: ['program', 'intake', 'organisation', 'agreement'],
  list: listOf('programs:list', { sort: 'name', dir: 'asc' }),
});
