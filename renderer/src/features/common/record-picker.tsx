import { useState, type ReactNode } from 'react';
import { Combobox } from '../../components/combobox';
import type { FieldFrameOptions } from '../../components/field';
import { formatNumber, useT } from '../../i18n';
import { useRecordLabel, useRecordSearch, type RecordSearchOptions, type RecordSource } from './use-record-search';

/** What a picker hands to its create dialog: the typed text, and how to finish. */
export type CreateRequest = {
  text: string;
  /** The record was created: choose it. */
  done: (record: { id: string; label: string }) => void;
  /** Nothing was created; the typed text stays in the picker. */
  cancel: () => void;
};

export type RecordPickerProps = FieldFrameOptions & {
  source: RecordSource;
  /** The chosen record's id ('' = none). */
  value: string;
  /** Its label when the form knows it; '' makes the picker ask main. */
  selectedLabel: string;
  onChange: (id: string, label: string) => void;
  exclude?: RecordSearchOptions['exclude'];
  near?: RecordSearchOptions['near'];
  /** Given: typed text can become a new record, made in the dialog this renders, without leaving the form. */
  renderCreate?: (request: CreateRequest) => ReactNode;
};

/**
 * A searchable picker over one of main's registers: asks main as the person types (never a
 * preloaded list that a large register would cut short), and optionally creates what is missing.
 */
export function RecordPicker({ source, value, selectedLabel, onChange, exclude, near, renderCreate, ...frame }: RecordPickerProps) {
  const t = useT();
  const found = useRecordSearch(source, { exclude, near });
  const shown = useRecordLabel(source, value, selectedLabel, t('picker.unknownRecord'));
  const [creating, setCreating] = useState<string | null>(null);
  const more = found.total > found.options.length ? t('picker.more', { shown: found.options.length, total: formatNumber(found.total) }) : undefined;

  return (
    <>
      <Combobox
        {...frame}
        value={value}
        selectedLabel={shown}
        options={found.options}
        loading={found.loading}
        onSearch={found.search}
        onChange={(option) => onChange(option?.value ?? '', option?.label ?? '')}
        onCreate={renderCreate ? setCreating : undefined}
        status={found.error ? t('picker.failed', { reason: found.error }) : more}
        placeholder={t('picker.placeholder')}
        labels={{
          create: (text) => t('picker.create', { text }),
          searching: t('picker.searching'),
          noMatches: t('picker.noMatches'),
          notChosen: (text) => t('picker.notChosen', { text }),
        }}
      />
      {creating !== null && renderCreate
        ? renderCreate({
            text: creating,
            done: (record) => {
              setCreating(null);
              onChange(record.id, record.label);
            },
            cancel: () => setCreating(null),
          })
        : null}
    </>
  );
}
