import { Select } from '../../components/select-field';
import { useT } from '../../i18n';
import { IMPORT_FIELDS, type ImportColumn, type ImportField, type ImportRowPreview } from '../../../../shared/models/import';

export type MappingEditorProps = {
  columns: readonly ImportColumn[];
  /** A few rows, for examples of what each column holds. */
  rows: readonly ImportRowPreview[];
  onChange: (column: number, field: ImportField) => void;
  disabled?: boolean;
};

/** One choice per column of the file: what it holds (or ignore it), with examples and the guess. */
export function MappingEditor({ columns, rows, onChange, disabled }: MappingEditorProps) {
  const t = useT();
  const options = IMPORT_FIELDS.map((field) => ({ value: field, label: t(`imports.field.${field}`) }));
  return (
    <div className="import-mapping">
      {columns.map((column) => {
        const examples = rows
          .map((row) => row.cells[column.index]?.trim() ?? '')
          .filter(Boolean)
          .slice(0, 2)
          .join(' · ');
        const guessed = column.guessed !== column.field ? t('imports.guessedAs', { field: t(`imports.field.${column.guessed}`) }) : '';
        return (
          <Select
            key={column.index}
            label={t('imports.columnField', { header: column.header })}
            value={column.field}
            options={options}
            disabled={disabled}
            hint={[examples, guessed].filter(Boolean).join(' — ') || undefined}
            onChange={(value) => onChange(column.index, value as ImportField)}
          />
        );
      })}
    </div>
  );
}
