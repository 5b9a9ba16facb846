import { PAGE_SIZE } from '../../store';
import type { EventQuery } from '../../../../shared/models/event';
import { defineRecord } from '../common/record-definition';

/** What the events list asks main for. */
export type EventsQuery = Required<Pick<EventQuery, 'search' | 'sort' | 'dir' | 'offset' | 'limit'>> &
  Pick<EventQuery, 'kind' | 'agreementId' | 'organisationId' | 'personId'>;

const initialQuery: EventsQuery = { search: '', sort: 'startsAt', dir: 'desc', offset: 0, limit: PAGE_SIZE };

export const eventsRecord = defineRecord({
  area: 'events',
  entity: 'event',
  nav: 'nav.events',
  // Each row shows its agreement's, organisers' and attendees' names.
  reads: ['event', 'agreement', 'organisation', 'person'],
  list: { channel: 'events:list', initialQuery },
});
