import { defineRecord, listOf } from '../common/record-definition';

export const hiresRecord = defineRecord({
  area: 'hires',
  entity: 'hire',
  nav: 'nav.hires',
  // Each row shows its person's, organisation's, agreement's and program's names.
  reads: ['hire', 'person', 'organisation', 'agreement', 'program'],
  list: listOf('hires:list', { sort: 'hiredOn', dir: 'desc' }),
});
