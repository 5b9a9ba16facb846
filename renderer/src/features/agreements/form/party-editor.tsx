import { Button } from '../../../components/button';
import { Select, type SelectOption } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { useT } from '../../../i18n';
import type { Person } from '../../../../../shared/models/person';
import type { FieldErrors } from '../../common/form-errors';
import type { PersonOption } from '../../common/use-options';
import { emptySignatory, type PartyValues, type SignatoryValues } from './form-values';
import { NewPersonField } from './new-person-field';

export type PartyEditorProps = {
  index: number;
  party: PartyValues;
  /** Errors under `parties.<index>.` with the prefix removed. */
  errors: FieldErrors;
  organisations: SelectOption[];
  people: PersonOption[];
  onChange: (party: PartyValues) => void;
  onRemove: () => void;
  onPersonCreated: (person: Person) => void;
};

/** One party: organisation, role, signatories (pick a person or create one on the spot). */
export function PartyEditor({ index, party, errors, organisations, people, onChange, onRemove, onPersonCreated }: PartyEditorProps) {
  const t = useT();
  const setSignatory = (s: number, patch: Partial<SignatoryValues>) =>
    onChange({ ...party, signatories: party.signatories.map((row, i) => (i === s ? { ...row, ...patch } : row)) });
  const here = people.filter((p) => party.organisationId && p.organisationId === party.organisationId);
  const elsewhere = people.filter((p) => !(party.organisationId && p.organisationId === party.organisationId));

  return (
    <div className="party-editor" role="group" aria-label={t('form.party', { n: index + 1 })}>
      <div className="party-editor__head">
        <h3 className="subhead">{t('form.party', { n: index + 1 })}</h3>
        <Button size="small" variant="ghost" onClick={onRemove}>
          {t('form.removeParty')}
        </Button>
      </div>
      <div className="form-grid">
        <Select
          label={t('form.organisation')}
          value={party.organisationId}
          onChange={(organisationId) => onChange({ ...party, organisationId })}
          placeholder={t('common.choose')}
          options={organisations}
          error={errors.organisationId}
          required
          className="span-2"
        />
        <TextField label={t('form.role')} value={party.role} onChange={(role) => onChange({ ...party, role })} error={errors.role} />
      </div>
      <fieldset className="subform">
        <legend className="subform__legend">{t('form.signatories')}</legend>
        {errors.signatories ? <div className="field__error">{errors.signatories}</div> : null}
        {party.signatories.map((signatory, s) => (
          <div key={signatory.key} className="subform__row" role="group" aria-label={t('form.signatory', { n: s + 1 })}>
            <Select
              label={t('form.person')}
              value={signatory.personId}
              onChange={(personId) => setSignatory(s, { personId })}
              placeholder={t('common.choose')}
              options={[]}
              groups={[
                { label: t('form.peopleOfOrganisation'), options: here },
                { label: t('form.otherPeople'), options: elsewhere },
              ]}
              error={errors[`signatories.${s}.personId`]}
              required
              className="grow"
            />
            <TextField
              label={t('form.capacity')}
              value={signatory.capacity}
              onChange={(capacity) => setSignatory(s, { capacity })}
              error={errors[`signatories.${s}.capacity`]}
            />
            <Button
              size="small"
              variant="ghost"
              onClick={() => onChange({ ...party, signatories: party.signatories.filter((_, i) => i !== s) })}
            >
              {t('form.removeSignatory')}
            </Button>
          </div>
        ))}
        <Button size="small" onClick={() => onChange({ ...party, signatories: [...party.signatories, emptySignatory()] })}>
          {t('form.addSignatory')}
        </Button>
        <NewPersonField
          organisationId={party.organisationId}
          onCreated={(person) => {
            onPersonCreated(person);
            onChange({ ...party, signatories: [...party.signatories, emptySignatory(person.id)] });
          }}
        />
      </fieldset>
    </div>
  );
}
