import { defineRecord, listOf } from '../common/record-definition';

export const intakesRecord = defineRecord({
  area: 'intakes',
  entity: 'intake',
  nav: 'nav.intakes',
  // Each row shows its program's name.
  reads: ['intake', 'program'],
  list: listOf('intakes:list', { sort: 'startsOn', dir: 'desc' }),
});
