import { Select } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { useT } from '../../i18n';
import { agreementKindKey } from '../../i18n/labels';
import { AGREEMENT_KINDS, type AgreementKind } from '../../../../shared/models/agreement';
import { DATE_ORDERS, type ImportOptions, type ImportPreview } from '../../../../shared/models/import';

export type ImportOptionsFormProps = {
  preview: ImportPreview;
  options: ImportOptions;
  onChange: (patch: Partial<ImportOptions>) => void;
  disabled?: boolean;
};

/** The choices that are not about one column: the office, the kind by default, date order, sheet, header row. */
export function ImportOptionsForm({ preview, options, onChange, disabled }: ImportOptionsFormProps) {
  const t = useT();
  const home = preview.home;
  const homeHint = !options.homeOrganisation?.trim()
    ? t('imports.homeHint')
    : home?.organisationId
      ? t('imports.homeExisting', { name: home.name })
      : t('imports.homeNew', { name: options.homeOrganisation.trim() });
  return (
    <div className="import-options">
      <TextField
        label={t('imports.home')}
        value={options.homeOrganisation ?? ''}
        onChange={(homeOrganisation) => onChange({ homeOrganisation })}
        hint={homeHint}
        required
        inputProps={{ disabled }}
      />
      <Select
        label={t('imports.defaultKind')}
        value={options.defaultKind ?? 'mou'}
        options={AGREEMENT_KINDS.map((kind) => ({ value: kind, label: t(agreementKindKey(kind)) }))}
        onChange={(value) => onChange({ defaultKind: value as AgreementKind })}
        disabled={disabled}
      />
      <Select
        label={t('imports.dateOrder')}
        value={options.dateOrder ?? 'auto'}
        options={DATE_ORDERS.map((order) => ({ value: order, label: t(`imports.dateOrder.${order}`) }))}
        onChange={(value) => onChange({ dateOrder: value as (typeof DATE_ORDERS)[number] })}
        disabled={disabled}
      />
      {preview.file.sheets.length > 1 ? (
        <Select
          label={t('imports.sheet')}
          value={preview.file.sheet ?? ''}
          options={preview.file.sheets.map((sheet) => ({ value: sheet, label: sheet }))}
          onChange={(sheet) => onChange({ sheet, headerRow: undefined })}
          disabled={disabled}
        />
      ) : null}
      <TextField
        label={t('imports.headerRow')}
        type="number"
        value={String(options.headerRow ?? preview.headerRow ?? '')}
        onChange={(value) => onChange({ headerRow: /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : undefined })}
        hint={preview.headerRow ? t('imports.headerFound', { row: preview.headerRow }) : t('imports.headerNone')}
        className="narrow-field"
        inputProps={{ min: 1, disabled }}
      />
      {preview.aboveHeader.length ? (
        <ul className="import-above muted">
          {preview.aboveHeader.map((row) => (
            <li key={row.rowNumber}>{t('imports.aboveHeader', { row: row.rowNumber, text: row.text })}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
