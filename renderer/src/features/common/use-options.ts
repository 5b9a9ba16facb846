import { useMemo } from 'react';
import { send } from '../../ipc/client';
import type { SelectOption } from '../../components/select-field';
import { useLoad } from './use-load';

export type OrganisationOption = SelectOption & { country: string };
export type PersonOption = SelectOption & { organisationId: string | null };

/** Organisations for selects (up to 500, by name). */
export function useOrganisationOptions(): { options: OrganisationOption[]; loading: boolean } {
  const state = useLoad(() => send('organisations:list', { limit: 500, sort: 'name', dir: 'asc' }), 'organisation-options');
  const options = useMemo(
    () => (state.data?.rows ?? []).map((o) => ({ value: o.id, label: o.name, country: o.country })),
    [state.data],
  );
  return { options, loading: state.loading };
}

/** People for signatory selects (up to 500, by name). */
export function usePeopleOptions(): { options: PersonOption[]; loading: boolean; reload: () => void } {
  const state = useLoad(() => send('people:list', { limit: 500, sort: 'name', dir: 'asc' }), 'people-options');
  const options = useMemo(
    () =>
      (state.data?.rows ?? []).map((p) => ({
        value: p.id,
        label: p.organisationName ? `${p.name} (${p.organisationName})` : p.name,
        organisationId: p.organisationId ?? null,
      })),
    [state.data],
  );
  return { options, loading: state.loading, reload: state.reload };
}

/** Agreements for the parent select (up to 500, by title). */
export function useAgreementOptions(excludeId?: string): SelectOption[] {
  const state = useLoad(() => send('agreements:list', { limit: 500, sort: 'title', dir: 'asc' }), 'agreement-options');
  return useMemo(
    () =>
      (state.data?.rows ?? [])
        .filter((a) => a.id !== excludeId)
        .map((a) => ({ value: a.id, label: a.referenceNo ? `${a.referenceNo} — ${a.title}` : a.title })),
    [state.data, excludeId],
  );
}
