import { useState } from 'react';
import { Button } from '../../../components/button';
import { TextField } from '../../../components/text-field';
import { useT } from '../../../i18n';
import { send } from '../../../ipc/client';
import type { Person } from '../../../../../shared/models/person';
import { PersonInput } from '../../../../../shared/models/person';
import { errorMessage, isClientError, notifySuccess } from '../../common/notify';

export type NewPersonFieldProps = { organisationId: string; onCreated: (person: Person) => void };

/** Quick "new person" for a party: creates them at the party's organisation, then adds them as signatory. */
export function NewPersonField({ organisationId, onCreated }: NewPersonFieldProps) {
  const t = useT();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const create = async () => {
    const input = { name, organisationId: organisationId || null };
    const parsed = PersonInput.safeParse(input);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    setBusy(true);
    try {
      const person = await send('people:create', parsed.data);
      setName('');
      setError(undefined);
      onCreated(person);
      notifySuccess(t('form.personCreated', { name: person.name }));
    } catch (failure) {
      setError(isClientError(failure, 'VALIDATION') ? (failure.issues[0]?.message ?? errorMessage(failure)) : errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="inline-create">
      <TextField
        label={t('form.newPersonName')}
        value={name}
        onChange={setName}
        error={error}
        className="grow"
        inputProps={{
          onKeyDown: (event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              void create();
            }
          },
        }}
      />
      <Button size="small" onClick={create} disabled={busy}>
        {t('form.addNewPerson')}
      </Button>
    </div>
  );
}
