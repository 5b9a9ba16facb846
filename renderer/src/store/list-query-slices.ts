import type { StateCreator } from 'zustand';
import type { AgreementQuery } from '../../../shared/models/agreement';
import type { OrganisationQuery } from '../../../shared/models/organisation';
import type { PersonQuery } from '../../../shared/models/person';
import type { AppState } from './index';

export const PAGE_SIZE = 50;

/** What the lists ask main for. Changing anything but the offset goes back to the first page. */
export type AgreementsQuery = Required<
  Pick<AgreementQuery, 'search' | 'statuses' | 'kinds' | 'sort' | 'dir' | 'offset' | 'limit'>
> &
  Pick<AgreementQuery, 'partnerId' | 'country' | 'expiringWithinDays'>;
export type OrganisationsQuery = Required<
  Pick<OrganisationQuery, 'search' | 'sort' | 'dir' | 'offset' | 'limit'>
> &
  Pick<OrganisationQuery, 'kind' | 'country'>;
export type PeopleQuery = Required<Pick<PersonQuery, 'search' | 'sort' | 'dir' | 'offset' | 'limit'>> &
  Pick<PersonQuery, 'organisationId'>;

export const initialAgreementsQuery: AgreementsQuery = {
  search: '',
  statuses: [],
  kinds: [],
  sort: 'updatedAt',
  dir: 'desc',
  offset: 0,
  limit: PAGE_SIZE,
};
export const initialOrganisationsQuery: OrganisationsQuery = {
  search: '',
  sort: 'name',
  dir: 'asc',
  offset: 0,
  limit: PAGE_SIZE,
};
export const initialPeopleQuery: PeopleQuery = { search: '', sort: 'name', dir: 'asc', offset: 0, limit: PAGE_SIZE };

function merge<Q extends { offset: number }>(current: Q, patch: Partial<Q>): Q {
  return { ...current, ...patch, offset: patch.offset ?? 0 };
}

export type ListQuerySlices = {
  agreementsQuery: AgreementsQuery;
  setAgreementsQuery: (patch: Partial<AgreementsQuery>) => void;
  resetAgreementsQuery: () => void;
  organisationsQuery: OrganisationsQuery;
  setOrganisationsQuery: (patch: Partial<OrganisationsQuery>) => void;
  resetOrganisationsQuery: () => void;
  peopleQuery: PeopleQuery;
  setPeopleQuery: (patch: Partial<PeopleQuery>) => void;
  resetPeopleQuery: () => void;
};

export const createListQuerySlices: StateCreator<AppState, [], [], ListQuerySlices> = (set) => ({
  agreementsQuery: initialAgreementsQuery,
  setAgreementsQuery: (patch) => set((s) => ({ agreementsQuery: merge(s.agreementsQuery, patch) })),
  resetAgreementsQuery: () =>
    set((s) => ({ agreementsQuery: { ...initialAgreementsQuery, sort: s.agreementsQuery.sort, dir: s.agreementsQuery.dir } })),
  organisationsQuery: initialOrganisationsQuery,
  setOrganisationsQuery: (patch) => set((s) => ({ organisationsQuery: merge(s.organisationsQuery, patch) })),
  resetOrganisationsQuery: () =>
    set((s) => ({
      organisationsQuery: { ...initialOrganisationsQuery, sort: s.organisationsQuery.sort, dir: s.organisationsQuery.dir },
    })),
  peopleQuery: initialPeopleQuery,
  setPeopleQuery: (patch) => set((s) => ({ peopleQuery: merge(s.peopleQuery, patch) })),
  resetPeopleQuery: () =>
    set((s) => ({ peopleQuery: { ...initialPeopleQuery, sort: s.peopleQuery.sort, dir: s.peopleQuery.dir } })),
});
