import { Fragment, type ReactNode } from 'react';
import { PageHeader } from '../../components/page-header';
import { useT, type MessageKey } from '../../i18n';
import { useAppStore, type Area, type Entity } from '../../store';
import { ConflictBanner } from './conflict-banner';
import { PendingRecord } from './load-failure';
import { recordCalls, type RecordOf, type RecordPrefix, type StoredRecord, type ValuesOf } from './record-calls';
import { useLoad } from './use-load';
import { useRecordFormPage } from './use-record-form-page';

type FormText = 'newTitle' | 'editTitle' | 'saved' | 'conflict';
/** The page's texts are the catalog's `<entity>.newTitle`, `.editTitle` (`{name}`), `.saved` and `.conflict`: all four must exist. */
type WithFormTexts<E extends string> = `${E}.${FormText}` extends MessageKey ? unknown : { catalogLacks: `${E}.${FormText}` };

/** What the page hands its form. */
export type RecordFormProps<R, V, P = never> = {
  heading: string;
  /** The record a new one was started from (`parent`), once loaded. */
  parent: P | undefined;
  /** The record being edited (the version editing began from); undefined for a new one. */
  base: R | undefined;
  onSave: (values: V) => Promise<void>;
  onConflict: () => void;
  onCancel: () => void;
};

export type RecordFormPageProps<A extends Area & RecordPrefix, E extends Entity, PA extends Area & RecordPrefix> = {
  /** The record type (its definition). */
  record: { area: A; entity: E; nav: MessageKey };
  /** The record being edited; absent when creating one. */
  id?: string;
  /** The record's name in the heading ("Edit {name}"); its `name` field by default. */
  name?: (record: RecordOf<A>) => string;
  /**
   * The record a new one is started from (`#/<area>/new?parent=<id>`: an intake from its program's
   * page): loaded before the form shows, handed to it, and where Cancel goes back to.
   */
  parent?: { area: PA; id: string | undefined };
  /** The form, given its heading, the record it edits and what to call on save, conflict and cancel. */
  children: (form: RecordFormProps<RecordOf<A>, ValuesOf<A>, RecordOf<PA>>) => ReactNode;
};

/**
 * A record type's create/edit page: the record loaded to edit (or the way back when it cannot be),
 * the heading, the conflict banner with its reload, and the save that creates or updates and then
 * opens the saved record. A type's form page is this and its form.
 */
export function RecordFormPage<A extends Area & RecordPrefix, E extends Entity, PA extends Area & RecordPrefix = never>(
  props: RecordFormPageProps<A, E, PA> & WithFormTexts<E>,
) {
  const { record, id, parent, children } = props;
  const t = useT();
  const navigate = useAppStore((s) => s.navigate);
  const calls = recordCalls(record.area);
  const page = useRecordFormPage({ record, id, get: calls.get });
  const startedFrom = !id && parent?.id ? { area: parent.area, id: parent.id } : null;
  const from = useLoad(() => recordCalls(startedFrom?.area ?? record.area).get(startedFrom?.id ?? ''), `${record.area}:from:${startedFrom?.id}`, {
    skip: !startedFrom,
    quiet: true,
  });
  const base = page.base as (RecordOf<A> & StoredRecord) | undefined;
  if (page.waiting) return <PendingRecord record={record} state={page.existing} />;
  // Wait for the record a new one starts from, so its picker shows that record's name. Only the first
  // time: a reload after a change elsewhere must not tear the form down and lose what was typed.
  if (startedFrom && from.loading && from.data === undefined) return null;

  const text = (name: FormText) => `${record.entity}.${name}` as MessageKey;
  const name = (saved: RecordOf<A>) => (props.name ? props.name(saved) : (saved as { name?: string }).name ?? '');
  const heading = base ? t(text('editTitle'), { name: name(base) }) : t(text('newTitle'));
  const onSave = async (values: ValuesOf<A>) => {
    const saved = await calls.save(values, id ? base : undefined);
    page.saved(saved as StoredRecord, t(text('saved')));
  };
  return (
    <div className="page page--form">
      <PageHeader title={heading} />
      {page.conflict ? <ConflictBanner message={t(text('conflict'))} onReload={page.reload} /> : null}
      {/* A reloaded base starts the form again from it. */}
      <Fragment key={base?.updatedAt ?? 'new'}>
        {children({
          heading,
          base,
          parent: startedFrom ? (from.data as RecordOf<PA> | undefined) : undefined,
          onSave,
          onConflict: page.onConflict,
          // A new record started from another's page goes back there on Cancel.
          onCancel: startedFrom ? () => navigate({ view: 'detail', area: startedFrom.area, id: startedFrom.id }) : page.cancel,
        })}
      </Fragment>
    </div>
  );
}
