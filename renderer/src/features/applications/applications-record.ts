import { defineRecord, listOf } from '../common/record-definition';

export const applicationsRecord = defineRecord({
  area: 'applications',
  entity: 'application',
  nav: 'nav.applications',
  // Each row shows its applicant's, intake's and program's names.
  reads: ['application', 'person', 'intake', 'program'],
  list: listOf('applications:list', { sort: 'submittedOn', dir: 'desc' }),
});
