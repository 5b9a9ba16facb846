import { Button } from '../../../components/button';
import { RowOrderButtons } from '../../../components/row-order-buttons';
import { TextField } from '../../../components/text-field';
import { useT } from '../../../i18n';
import type { FieldArray } from '../../common/field-array';
import type { FieldErrors } from '../../common/form-errors';
import { OrganisationPicker } from '../../organisations/organisation-picker';
import { PersonPicker } from '../../people/person-picker';
import { emptySignatory, type PartyValues, type SignatoryValues } from './form-values';

export type PartyEditorProps = {
  index: number;
  count: number;
  party: PartyValues;
  signatories: FieldArray<SignatoryValues>;
  /** Errors under `parties.<index>.` with the prefix removed. */
  errors: FieldErrors;
  onChange: (patch: Partial<Omit<PartyValues, 'key'>>) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
};

/** One party: organisation, role, signatories (pick a person, or create one without leaving the form). */
export function PartyEditor({ index, count, party, signatories, errors, onChange, onMove, onRemove }: PartyEditorProps) {
  const t = useT();
  const organisation = party.organisationId ? { id: party.organisationId, name: party.organisationName } : undefined;
  return (
    <div className="party-editor" role="group" aria-label={t('form.party', { n: index + 1 })}>
      <div className="party-editor__head">
        <h3 className="subhead">{t('form.party', { n: index + 1 })}</h3>
        <span>
          <RowOrderButtons index={index} count={count} onMove={onMove} labels={{ up: t('form.moveUp'), down: t('form.moveDown') }} />
          <Button size="small" variant="ghost" onClick={onRemove}>
            {t('form.removeParty')}
          </Button>
        </span>
      </div>
      <div className="form-grid">
        <OrganisationPicker
          label={t('form.organisation')}
          value={party.organisationId}
          name={party.organisationName}
          onChange={(organisationId, organisationName) => onChange({ organisationId, organisationName })}
          allowCreate
          error={errors.organisationId}
          required
          className="span-2"
        />
        <TextField label={t('form.role')} value={party.role} onChange={(role) => onChange({ role })} error={errors.role} />
      </div>
      <fieldset className="subform">
        <legend className="subform__legend">{t('form.signatories')}</legend>
        {errors.signatories ? <div className="field__error">{errors.signatories}</div> : null}
        {signatories.rows.map((signatory, s) => (
          <div key={signatory.key} className="subform__row" role="group" aria-label={t('form.signatory', { n: s + 1 })}>
            <PersonPicker
              label={t('form.person')}
              value={signatory.personId}
              name={signatory.personName}
              onChange={(personId, personName) => signatories.update(s, { personId, personName })}
              organisation={organisation}
              allowCreate
              error={errors[`signatories.${s}.personId`]}
              required
              className="grow"
            />
            <TextField
              label={t('form.capacity')}
              value={signatory.capacity}
              onChange={(capacity) => signatories.update(s, { capacity })}
              error={errors[`signatories.${s}.capacity`]}
            />
            <Button size="small" variant="ghost" onClick={() => signatories.remove(s)}>
              {t('form.removeSignatory')}
            </Button>
          </div>
        ))}
        <Button size="small" onClick={() => signatories.add(emptySignatory())}>
          {t('form.addSignatory')}
        </Button>
      </fieldset>
    </div>
  );
}
