import { PAGE_SIZE } from '../../store';
import type { AgreementQuery } from '../../../../shared/models/agreement';
import { defineRecord } from '../common/record-definition';

/** What the agreements list asks main for. */
export type AgreementsQuery = Required<Pick<AgreementQuery, 'search' | 'statuses' | 'kinds' | 'sort' | 'dir' | 'offset' | 'limit'>> &
  Pick<AgreementQuery, 'partnerId' | 'country' | 'expiringWithinDays'>;

const initialQuery: AgreementsQuery = {
  search: '',
  statuses: [],
  kinds: [],
  sort: 'updatedAt',
  dir: 'desc',
  offset: 0,
  limit: PAGE_SIZE,
};

export const agreementsRecord = defineRecord({
  area: 'agreements',
  entity: 'agreement',
  nav: 'nav.agreements',
  // Rows show the parties' names, and the search also finds agreements by their signatories' names.
  reads: ['agreement', 'organisation', 'person'],
  list: { channel: 'agreements:list', initialQuery },
});
