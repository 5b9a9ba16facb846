import { useT } from '../../i18n';
import { useAppStore, type Area, type Entity } from '../../store';
import { notifyError, notifySuccess } from './notify';
import { useLoad, type LoadState } from './use-load';

/** What the delete confirmation says about one record, and the note once it is gone. */
export type DeleteTexts = { title: string; message: string; deleted: string };

export type RecordDetailOptions<R extends { id: string }> = {
  /** The record type (its definition): where its list is, and what main calls it. */
  record: { area: Area; entity: Entity };
  id: string;
  /** The kinds of record the page shows (the record's own, and e.g. the names of those it links to). */
  reads: readonly Entity[];
  get: (id: string) => Promise<R>;
  /** Deletes it, with the reason the user gave. */
  remove: (id: string, reason: string) => Promise<unknown>;
  /** Brings it back (the note after a delete offers Undo). */
  restore: (id: string, reason: string) => Promise<unknown>;
  deleteTexts: (record: R) => DeleteTexts;
};

export type RecordDetail<R> = {
  /** The record; until it arrives, show `PendingRecord` with this. */
  loaded: LoadState<R>;
  /**
   * Asks first, and why (the reason goes in the record's history); then deletes, says so with an
   * Undo that restores it, refreshes what showed the record, and goes back to the list.
   * When main refuses (CONFLICT: e.g. agreements still name the organisation) its message is shown and
   * the page stays.
   */
  remove: (record: R) => Promise<void>;
};

/** The flow every record's detail page shares: load it, and delete it with confirmation and a reason. */
export function useRecordDetail<R extends { id: string }>(options: RecordDetailOptions<R>): RecordDetail<R> {
  const { record, id, reads, get, deleteTexts } = options;
  const t = useT();
  const navigate = useAppStore((s) => s.navigate);
  const confirmWithReason = useAppStore((s) => s.confirmWithReason);
  const invalidate = useAppStore((s) => s.invalidate);
  const loaded = useLoad(() => get(id), `${record.area}:${id}`, { quiet: true, reads });

  const remove = async (current: R) => {
    const texts = deleteTexts(current);
    const reason = await confirmWithReason({
      title: texts.title,
      message: texts.message,
      confirmLabel: t('common.delete'),
      danger: true,
      reasonLabel: t('common.deleteReason'),
    });
    if (reason === null) return;
    try {
      await options.remove(current.id, reason);
    } catch (error) {
      notifyError(error);
      return;
    }
    notifySuccess(texts.deleted, { label: t('common.undo'), run: () => void undo(current.id) });
    invalidate([record.entity]);
    navigate({ view: 'list', area: record.area });
  };

  const undo = async (deletedId: string) => {
    try {
      await options.restore(deletedId, t('common.undoReason'));
    } catch (error) {
      notifyError(error);
      return;
    }
    notifySuccess(t('common.restored'));
    invalidate([record.entity]);
    navigate({ view: 'detail', area: record.area, id: deletedId });
  };

  return { loaded, remove };
}
