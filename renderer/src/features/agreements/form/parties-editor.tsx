import { Button } from '../../../components/button';
import type { SelectOption } from '../../../components/select-field';
import { useT } from '../../../i18n';
import type { Person } from '../../../../../shared/models/person';
import { errorsUnder, type FieldErrors } from '../../common/form-errors';
import type { PersonOption } from '../../common/use-options';
import { emptyParty, type PartyValues } from './form-values';
import { PartyEditor } from './party-editor';

export type PartiesEditorProps = {
  parties: PartyValues[];
  errors: FieldErrors;
  organisations: SelectOption[];
  people: PersonOption[];
  onChange: (parties: PartyValues[]) => void;
  onPersonCreated: (person: Person) => void;
};

export function PartiesEditor({ parties, errors, organisations, people, onChange, onPersonCreated }: PartiesEditorProps) {
  const t = useT();
  return (
    <div className="parties-editor">
      {errors.parties ? (
        <div className="field__error field__error--block" id="parties-error">
          {errors.parties}
        </div>
      ) : null}
      {parties.map((party, index) => (
        <PartyEditor
          key={party.key}
          index={index}
          party={party}
          errors={errorsUnder(errors, `parties.${index}`)}
          organisations={organisations}
          people={people}
          onChange={(next) => onChange(parties.map((p, i) => (i === index ? next : p)))}
          onRemove={() => onChange(parties.filter((_, i) => i !== index))}
          onPersonCreated={onPersonCreated}
        />
      ))}
      <Button onClick={() => onChange([...parties, emptyParty()])}>{t('form.addParty')}</Button>
    </div>
  );
}
