import { defineRecord, listOf } from '../common/record-definition';

export const awardsRecord = defineRecord({
  area: 'awards',
  entity: 'award',
  nav: 'nav.awards',
  // Each row shows its applicant's, intake's and program's names.
  reads: ['award', 'application', 'person', 'intake', 'program'],
  list: listOf('awards:list', { sort: 'awardedOn', dir: 'desc' }),
});
