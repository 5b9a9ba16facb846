import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Button } from '../../../components/button';
import { Section } from '../../../components/section';
import { useT } from '../../../i18n';
import type { AgreementDetail, AgreementValues } from '../../../../../shared/models/agreement';
import type { Person } from '../../../../../shared/models/person';
import { isSignedTermPath } from '../../../../../shared/signed-terms';
import type { FieldErrors } from '../../common/form-errors';
import { useAgreementOptions, useOrganisationOptions, usePeopleOptions, type PersonOption } from '../../common/use-options';
import { ContributionsEditor } from './contributions-editor';
import type { AgreementFormValues } from './form-values';
import { validateAgreement } from './form-validate';
import { ItemsEditor } from './items-editor';
import { PartiesEditor } from './parties-editor';
import { SignedTerms } from './signed-terms';
import { RegisterFields, TermsFields } from './terms-fields';

export type AgreementFormProps = {
  heading: string;
  initial: AgreementFormValues;
  /** Set when editing a signed agreement: its signed terms are shown read-only. */
  signed?: AgreementDetail;
  selfId?: string;
  banner?: ReactNode;
  /** Resolves to field errors from main (VALIDATION), or nothing when saved or otherwise handled. */
  onSave: (values: AgreementValues) => Promise<FieldErrors | void>;
  onCancel: () => void;
};

const TERMS = /^(kind|title|purpose|signedOn|effectiveOn|expiresOn|duration|signingPlace)$/;
const REGISTER = /^(referenceNo|renewalNoticeDays|owner|parentId|tags(\.\d+)?|notes)$/;
const PARTIES = /^parties(\.\d+\.(organisationId|role|signatories(\.\d+\.(personId|capacity))?))?$/;
const ROWS = /^(items|contributions)(\.\d+\.\w+)?$/;

/** Errors that no visible field shows (e.g. on read-only signed terms) go in the summary. */
function unplaced(errors: FieldErrors, signed: boolean): string[] {
  return Object.entries(errors)
    .filter(([path]) => (signed && isSignedTermPath(path)) || !(REGISTER.test(path) || ROWS.test(path) || TERMS.test(path) || PARTIES.test(path)))
    .map(([, message]) => message);
}

export function AgreementForm({ heading, initial, signed, selfId, banner, onSave, onCancel }: AgreementFormProps) {
  const t = useT();
  const [values, setValues] = useState(initial);
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const [focusTick, setFocusTick] = useState(0);
  const [createdPeople, setCreatedPeople] = useState<PersonOption[]>([]);
  const formRef = useRef<HTMLFormElement>(null);

  const organisations = useOrganisationOptions();
  const people = usePeopleOptions();
  const parentOptions = useAgreementOptions(selfId);

  const validation = useMemo(() => (submitted ? validateAgreement(values) : null), [submitted, values]);
  const errors: FieldErrors = { ...(validation && !validation.ok ? validation.errors : {}), ...serverErrors };
  const hasErrors = Object.keys(errors).length > 0;

  useEffect(() => {
    if (focusTick === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusTick]);

  const set = (patch: Partial<AgreementFormValues>) => {
    setValues((current) => ({ ...current, ...patch }));
    setServerErrors({});
  };

  const peopleOptions = useMemo(() => {
    const known = new Set(people.options.map((p) => p.value));
    return [...people.options, ...createdPeople.filter((p) => !known.has(p.value))];
  }, [people.options, createdPeople]);

  const onPersonCreated = (person: Person) => {
    setCreatedPeople((list) => [...list, { value: person.id, label: person.name, organisationId: person.organisationId ?? null }]);
    people.reload();
  };

  const partyOptions = values.parties
    .filter((p) => p.organisationId)
    .map((p) => ({ value: p.organisationId, label: organisations.options.find((o) => o.value === p.organisationId)?.label ?? p.organisationId }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSubmitted(true);
    const result = validateAgreement(values);
    if (!result.ok) {
      setServerErrors({});
      setFocusTick((n) => n + 1);
      return;
    }
    setSaving(true);
    try {
      const fromServer = await onSave(result.value);
      if (fromServer && Object.keys(fromServer).length > 0) {
        setServerErrors(fromServer);
        setFocusTick((n) => n + 1);
      }
    } finally {
      setSaving(false);
    }
  };

  const extra = unplaced(errors, Boolean(signed));

  return (
    <form ref={formRef} className="form" aria-label={heading} noValidate onSubmit={submit}>
      {banner}
      {hasErrors ? (
        <div className="form-summary" role="alert">
          <p>{t('common.fixErrors')}</p>
          {extra.length > 0 ? (
            <ul>
              {extra.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <Section title={t('form.terms')}>
        {signed ? <SignedTerms agreement={signed} /> : <TermsFields values={values} errors={errors} set={set} />}
      </Section>
      <Section title={t('agreement.details')}>
        <RegisterFields values={values} errors={errors} set={set} parentOptions={parentOptions} signed={Boolean(signed)} />
      </Section>
      {signed ? null : (
        <Section title={t('form.parties')}>
          <PartiesEditor
            parties={values.parties}
            errors={errors}
            organisations={organisations.options}
            people={peopleOptions}
            onChange={(parties) => set({ parties })}
            onPersonCreated={onPersonCreated}
          />
        </Section>
      )}
      <Section title={t('form.items')}>
        <ItemsEditor items={values.items} errors={errors} partyOptions={partyOptions} onChange={(items) => set({ items })} />
      </Section>
      <Section title={t('form.contributions')}>
        <ContributionsEditor
          contributions={values.contributions}
          errors={errors}
          partyOptions={partyOptions}
          onChange={(contributions) => set({ contributions })}
        />
      </Section>
      <div className="form-actions">
        <Button type="submit" variant="primary" disabled={saving}>
          {saving ? t('common.saving') : t('form.saveAgreement')}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
