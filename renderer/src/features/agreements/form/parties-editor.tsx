import { memo } from 'react';
import { Button } from '../../../components/button';
import { useT } from '../../../i18n';
import type { FieldArray } from '../../common/field-array';
import { errorsUnder, type FieldErrors } from '../../common/form-errors';
import { emptyParty, type PartyValues } from './form-values';
import { PartyEditor } from './party-editor';

export type PartiesEditorProps = {
  parties: FieldArray<PartyValues>;
  errors: FieldErrors;
};

/** The parties, in the agreement's order; re-rendered only when they or the errors change. */
export const PartiesEditor = memo(function PartiesEditor({ parties, errors }: PartiesEditorProps) {
  const t = useT();
  return (
    <div className="parties-editor">
      {errors.parties ? (
        <div className="field__error field__error--block" id="parties-error">
          {errors.parties}
        </div>
      ) : null}
      {parties.rows.map((party, index) => (
        <PartyEditor
          key={party.key}
          index={index}
          count={parties.rows.length}
          party={party}
          signatories={parties.nested(index, 'signatories')}
          errors={errorsUnder(errors, parties.path(index))}
          onChange={(patch) => parties.update(index, patch)}
          onMove={(to) => parties.move(index, to)}
          onRemove={() => parties.remove(index)}
        />
      ))}
      <Button onClick={() => parties.add(emptyParty())}>{t('form.addParty')}</Button>
    </div>
  );
});
