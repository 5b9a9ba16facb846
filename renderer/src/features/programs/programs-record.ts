import { PAGE_SIZE } from '../../store';
import type { ProgramQuery } from '../../../../shared/models/program';
import { defineRecord } from '../common/record-definition';

/** What the programs list asks main for. */
export type ProgramsQuery = Required<Pick<ProgramQuery, 'search' | 'sort' | 'dir' | 'offset' | 'limit'>> &
  Pick<ProgramQuery, 'sponsorId' | 'agreementId'>;

const initialQuery: ProgramsQuery = { search: '', sort: 'name', dir: 'asc', offset: 0, limit: PAGE_SIZE };

export const programsRecord = defineRecord({
  area: 'programs',
  entity: 'program',
  nav: 'nav.programs',
  // Each row shows its sponsors' and agreements' names, and how many intakes it has.
  reads: ['program', 'intake', 'organisation', 'agreement'],
  list: { channel: 'programs:list', initialQuery },
});
