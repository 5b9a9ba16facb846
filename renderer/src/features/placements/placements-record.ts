import { defineRecord, listOf } from '../common/record-definition';

export const placementsRecord = defineRecord({
  area: 'placements',
  entity: 'placement',
  nav: 'nav.placements',
  // Each row shows its intern's, host's, supervisor's, program's and agreement's names, and counts evaluations.
  reads: ['placement', 'person', 'organisation', 'program', 'agreement', 'evaluation'],
  list: listOf('placements:list', { sort: 'startsOn', dir: 'desc' }),
});
