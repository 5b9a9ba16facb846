import { useMemo } from 'react';
import { send } from '../../ipc/client';
import type { SelectOption } from '../../components/select-field';
import { useLoad } from './use-load';

export type OrganisationOption = SelectOption & { country: string };

/**
 * Organisations for the list pages' filter selects (up to 500, by name). Forms choose records with
 * `RecordPicker`, which asks main as the person types and so never cuts a large register short.
 */
export function useOrganisationOptions(): { options: OrganisationOption[]; loading: boolean } {
  const state = useLoad(() => send('organisations:list', { limit: 500, sort: 'name', dir: 'asc' }), 'organisation-options');
  const options = useMemo(
    () => (state.data?.rows ?? []).map((o) => ({ value: o.id, label: o.name, country: o.country })),
    [state.data],
  );
  return { options, loading: state.loading };
}
