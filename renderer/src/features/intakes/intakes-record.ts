import { PAGE_SIZE } from '../../store';
import type { IntakeQuery } from '../../../../shared/models/intake';
import { defineRecord } from '../common/record-definition';

/** What the intakes list asks main for. */
export type IntakesQuery = Required<Pick<IntakeQuery, 'search' | 'sort' | 'dir' | 'offset' | 'limit'>> &
  Pick<IntakeQuery, 'programId' | 'openForApplications'>;

const initialQuery: IntakesQuery = { search: '', sort: 'startsOn', dir: 'desc', offset: 0, limit: PAGE_SIZE };

export const intakesRecord = defineRecord({
  area: 'intakes',
  entity: 'intake',
  nav: 'nav.intakes',
  // Each row shows its program's name.
  reads: ['intake', 'program'],
  list: { channel: 'intakes:list', initialQuery },
});
