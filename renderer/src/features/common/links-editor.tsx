import type { ReactNode } from 'react';
import { Button } from '../../components/button';
import { t as translate } from '../../i18n';
import { OrganisationPicker } from '../organisations/organisation-picker';
import type { FieldArray } from './field-array';
import { newKey, type FieldErrors } from './form-errors';
import { RecordPicker } from './record-picker';

/** A picked record in a list of pickers (sponsors, agreements, organisers): its id and the name the picker shows. */
export type LinkValues = { key: string; id: string; name: string };

export const emptyLink = (): LinkValues => ({ key: newKey(), id: '', name: '' });

/** A saved list of links as form rows. */
export const linkRows = (links: ReadonlyArray<{ id: string; name: string }>): LinkValues[] => links.map((link) => ({ key: newKey(), ...link }));

/**
 * The picked ids, for the record's input. A row left empty is not dropped: it is named at its field
 * (`<field>.<index>`), so the user chooses one or removes the row.
 */
export function pickedId(id: string, path: string, errors: FieldErrors): string {
  if (!id) errors[path] = translate('common.chooseRow');
  return id;
}

export function linkIds(rows: readonly LinkValues[], field: string, errors: FieldErrors): string[] {
  return rows.map((row, index) => pickedId(row.id, `${field}.${index}`, errors));
}

export type LinksEditorProps = {
  links: FieldArray<LinkValues>;
  /** The error path of the id list (`sponsorIds`). */
  field: string;
  errors: FieldErrors;
  rowLabel: (n: number) => string;
  addLabel: string;
  removeLabel: string;
  /** The searchable picker for one row. */
  picker: (row: LinkValues, index: number, error: string | undefined) => ReactNode;
};

/** A list of picked records, each chosen with a searchable picker. */
export function LinksEditor({ links, field, errors, rowLabel, addLabel, removeLabel, picker }: LinksEditorProps) {
  return (
    <div className="rows-editor">
      {links.rows.map((row, index) => (
        <div key={row.key} className="row-card row-card--inline" role="group" aria-label={rowLabel(index + 1)}>
          {picker(row, index, errors[`${field}.${index}`])}
          <Button size="small" variant="ghost" onClick={() => links.remove(index)}>
            {removeLabel}
          </Button>
        </div>
      ))}
      <Button onClick={() => links.add(emptyLink())}>{addLabel}</Button>
    </div>
  );
}

type LinkListProps = Omit<LinksEditorProps, 'picker'>;

/** The agreements a record stems from (a program, a project), each found by searching the register. */
export function AgreementLinksEditor(props: LinkListProps) {
  const { links, rowLabel } = props;
  return (
    <LinksEditor
      {...props}
      picker={(row, index, error) => (
        <RecordPicker
          label={rowLabel(index + 1)}
          source="agreements"
          value={row.id}
          selectedLabel={row.name}
          onChange={(id, name) => links.update(index, { id, name })}
          error={error}
          className="grow"
        />
      )}
    />
  );
}

/** Organisations (sponsors, organisers), each found by searching or created on the spot. */
export function OrganisationLinksEditor(props: LinkListProps) {
  const { links, rowLabel } = props;
  return (
    <LinksEditor
      {...props}
      picker={(row, index, error) => (
        <OrganisationPicker
          label={rowLabel(index + 1)}
          value={row.id}
          name={row.name}
          onChange={(id, name) => links.update(index, { id, name })}
          allowCreate
          error={error}
          className="grow"
        />
      )}
    />
  );
}

