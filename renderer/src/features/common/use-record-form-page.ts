import { useEffect, useState } from 'react';
import { useAppStore, type Area, type Entity } from '../../store';
import { notifyError, notifySuccess } from './notify';
import { useLoad, type LoadState } from './use-load';

export type RecordFormPageOptions<R> = {
  /** The record type (its definition): where its pages are, and what a save changes. */
  record: { area: Area; entity: Entity };
  /** The record being edited; absent when creating one. */
  id?: string;
  /** Where Cancel goes when creating (e.g. the agreement a follow-on continues); the list otherwise. */
  returnToId?: string;
  get: (id: string) => Promise<R>;
};

export type RecordFormPage<R> = {
  /** The version the editor started from: sent as expectedUpdatedAt, replaced only on an explicit reload. */
  base: R | undefined;
  /** Loading the record to edit (its error and retry for the failure page). */
  existing: LoadState<R>;
  /** Editing, but the record has not arrived yet: show `PendingRecord` instead of the form. */
  waiting: boolean;
  /** Someone else saved the record since `base` was loaded. */
  conflict: boolean;
  onConflict: () => void;
  /** Loads the latest version as the new base and clears the conflict. */
  reload: () => Promise<void>;
  /** After a successful save: refresh what shows this kind of record, say so, and open the saved record. */
  saved: (record: { id: string }, message: string) => void;
  cancel: () => void;
};

/**
 * What a create/edit page does around its form (the form itself validates with `useEntityForm` or its
 * own engine): load the record to edit, keep the version editing began from, offer a reload after a
 * conflict, and navigate on save or cancel.
 */
export function useRecordFormPage<R>({ record, id, returnToId, get }: RecordFormPageOptions<R>): RecordFormPage<R> {
  const { area, entity } = record;
  const navigate = useAppStore((s) => s.navigate);
  const invalidate = useAppStore((s) => s.invalidate);
  // Only the first answer becomes the base; a later change by someone else surfaces as a conflict on save.
  const existing = useLoad(() => get(id ?? ''), `${area}:${id}`, { skip: !id, quiet: true, reads: [entity] });
  const [base, setBase] = useState<R | undefined>();
  const [conflict, setConflict] = useState(false);
  useEffect(() => {
    if (existing.data && !base) setBase(existing.data);
  }, [existing.data, base]);

  const reload = async () => {
    try {
      setBase(await get(id ?? ''));
      setConflict(false);
    } catch (error) {
      notifyError(error);
    }
  };

  const saved = (savedRecord: { id: string }, message: string) => {
    invalidate([entity]);
    notifySuccess(message);
    navigate({ view: 'detail', area, id: savedRecord.id });
  };

  const backTo = id ?? returnToId;
  const cancel = () => navigate(backTo ? { view: 'detail', area, id: backTo } : { view: 'list', area });

  return { base, existing, waiting: Boolean(id) && !base, conflict, onConflict: () => setConflict(true), reload, saved, cancel };
}
