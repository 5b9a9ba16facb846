import type { ReactNode } from 'react';
import { PageHeader } from '../../components/page-header';
import { useT, type MessageKey, type Vars } from '../../i18n';
import { useAppStore, type Area, type Entity } from '../../store';
import type { RecordKind } from '../../../../shared/models/record-ref';
import { RecordDocuments } from '../documents/record-documents';
import { HistorySection } from './history-section';
import { PendingRecord } from './load-failure';
import { RecordActions } from './record-actions';
import { recordCalls, type RecordOf, type RecordPrefix, type StoredRecord } from './record-calls';
import { useRecordDetail } from './use-record-detail';

type DetailText = 'deleteTitle' | 'deleteBody' | 'deleted';
/** The delete's texts are the catalog's `<entity>.deleteTitle`, `.deleteBody` and `.deleted`: all three must exist. */
type WithDetailTexts<E extends string> = `${E}.${DetailText}` extends MessageKey ? unknown : { catalogLacks: `${E}.${DetailText}` };

export type RecordDetailPageProps<A extends Area & RecordPrefix, E extends Entity> = {
  /** The record type (its definition). */
  record: { area: A; entity: E; nav: MessageKey };
  id: string;
  /** The kinds of record the page shows: its own, and those whose names it shows. */
  reads: readonly Entity[];
  title: (record: RecordOf<A>) => string;
  subtitle?: (record: RecordOf<A>) => ReactNode;
  /** The parameters of `<entity>.deleteBody`; `{ name }` (the title) by default. */
  deleteParams?: (record: RecordOf<A>) => Vars;
  /** Buttons between Edit and Delete. */
  actions?: (record: RecordOf<A>) => ReactNode;
  /** The sections other record types add to this page (the route view gives them, from the registry). */
  related?: ReactNode;
  /** Its Documents section: for a record type that can own documents (its entity is a record kind). */
  documents?: E extends RecordKind ? boolean : never;
  /** The page's own sections. */
  children: (record: RecordOf<A>) => ReactNode;
};

/**
 * A record type's detail page: the record loaded (or the way back when it cannot be), its header
 * with Edit and Delete (confirmed, and refused with main's sentence while others depend on it), the
 * type's own sections, the sections other types add, its documents and its history.
 */
export function RecordDetailPage<A extends Area & RecordPrefix, E extends Entity>(props: RecordDetailPageProps<A, E> & WithDetailTexts<E>) {
  const { record, id, title, children } = props;
  const t = useT();
  const navigate = useAppStore((s) => s.navigate);
  const calls = recordCalls(record.area);
  const text = (name: DetailText) => `${record.entity}.${name}` as MessageKey;
  const { loaded, remove } = useRecordDetail({
    record,
    id,
    reads: props.reads,
    get: (key) => calls.get(key) as Promise<RecordOf<A> & StoredRecord>,
    remove: calls.remove,
    restore: calls.restore,
    deleteTexts: (current) => ({
      title: t(text('deleteTitle')),
      message: t(text('deleteBody'), props.deleteParams ? props.deleteParams(current) : { name: title(current) }),
      deleted: t(text('deleted')),
    }),
  });
  const current = loaded.data;
  if (!current) return <PendingRecord record={record} state={loaded} />;

  return (
    <div className="page">
      <PageHeader
        title={title(current)}
        subtitle={props.subtitle?.(current)}
        actions={
          <RecordActions onEdit={() => navigate({ view: 'edit', area: record.area, id: current.id })} onDelete={() => remove(current)}>
            {props.actions?.(current)}
          </RecordActions>
        }
      />
      {children(current)}
      {props.related}
      {props.documents ? <RecordDocuments owner={{ kind: record.entity as RecordKind, id: current.id }} /> : null}
      <HistorySection key={current.updatedAt} entityId={current.id} reads={[record.entity]} />
    </div>
  );
}
