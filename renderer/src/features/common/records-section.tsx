import type { ReactNode } from 'react';
import { Button } from '../../components/button';
import { DataTable, type Column } from '../../components/data-table';
import { Section } from '../../components/section';
import { ShowingOf } from '../../components/showing-of';
import { Spinner } from '../../components/spinner';
import { useT } from '../../i18n';
import type { Page } from '../../../../shared/models/common';
import type { LoadState } from './use-load';

export type RecordsSectionProps<Row extends { id: string }> = {
  title: string;
  /** A page of the records, as `useLoad` holds it. */
  records: LoadState<Page<Row>>;
  columns: Column<Row>[];
  /** Said when there are none. */
  empty: string;
  onOpen: (row: Row) => void;
  /** A button to add one here (e.g. "New intake" on a program's page). */
  add?: { label: string; onClick: () => void };
  /** Given when the page holds fewer than all: a way to see them all, under "Showing n of N". */
  onShowAll?: () => void;
};

/**
 * A section of one record's page listing the records of another type that belong to it (a program's
 * intakes, an intake's applications): a spinner, the empty sentence, or the table; never a list cut
 * short without saying so.
 */
export function RecordsSection<Row extends { id: string }>({ title, records, columns, empty, onOpen, add, onShowAll }: RecordsSectionProps<Row>) {
  const t = useT();
  const page = records.data;
  const more: ReactNode = page ? <ShowingOf shown={page.rows.length} total={page.total} onShowAll={onShowAll} /> : null;
  return (
    <Section
      title={title}
      actions={
        add ? (
          <Button size="small" onClick={add.onClick}>
            {add.label}
          </Button>
        ) : undefined
      }
    >
      {!page ? (
        <Spinner label={t('common.loading')} inline />
      ) : page.rows.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <>
          <DataTable label={title} columns={columns} rows={page.rows} rowKey={(row) => row.id} onOpen={onOpen} />
          {more}
        </>
      )}
    </Section>
  );
}
