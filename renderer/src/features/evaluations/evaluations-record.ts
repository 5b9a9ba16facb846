import { defineRecord, listOf } from '../common/record-definition';

export const evaluationsRecord = defineRecord({
  area: 'evaluations',
  entity: 'evaluation',
  nav: 'nav.evaluations',
  // Each row shows its intern's, host's and evaluator's names, and its form's title.
  reads: ['evaluation', 'placement', 'person', 'organisation', 'document'],
  list: listOf('evaluations:list', { sort: 'evaluatedOn', dir: 'desc' }),
});
