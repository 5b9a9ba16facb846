import { useMemo, type ReactNode } from 'react';
import { Section } from '../../../components/section';
import { useT } from '../../../i18n';
import type { AgreementDetail, AgreementValues } from '../../../../../shared/models/agreement';
import { isSignedTermPath } from '../../../../../shared/signed-terms';
import type { FieldErrors } from '../../common/form-errors';
import { RecordFormFrame } from '../../common/record-form-frame';
import { useEntityForm } from '../../common/use-entity-form';
import { ContributionsEditor } from './contributions-editor';
import type { AgreementFormValues } from './form-values';
import { validateAgreement } from './form-validate';
import { ItemsEditor } from './items-editor';
import { PartiesEditor } from './parties-editor';
import { SignedTerms } from './signed-terms';
import { EntryFields } from './entry-fields';
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

const TERMS = /^(kind|title|purpose|signedOn|effectiveOn|expiresOn|termKind|duration|renewalPeriodMonths|renewalsSoFar|signingPlace)$/;
const REGISTER = /^(referenceNo|renewalNoticeDays|renewalNoticeMonths|owner|parentId|tags(\.\d+)?|notes)$/;
const ENTRY = /^statusFromRecords$/;
const PARTIES = /^parties(\.\d+\.(organisationId|role|signatories(\.\d+\.(personId|capacity))?))?$/;
const ROWS = /^(items|contributions)(\.\d+\.\w+)?$/;

/** Errors that no visible field shows (e.g. on read-only signed terms) go in the summary. */
function unplaced(errors: FieldErrors, signed: boolean): string[] {
  return Object.entries(errors)
    .filter(
      ([path]) =>
        (signed && isSignedTermPath(path)) || !(REGISTER.test(path) || ROWS.test(path) || TERMS.test(path) || PARTIES.test(path) || ENTRY.test(path)),
    )
    .map(([, message]) => message);
}

export function AgreementForm({ heading, initial, signed, selfId, banner, onSave, onCancel }: AgreementFormProps) {
  const isNew = selfId === undefined;
  const t = useT();
  const form = useEntityForm({ initial, validate: validateAgreement, save: onSave });
  const { values, set, errors } = form;

  // Items and contributions name only organisations already chosen as parties.
  const partyOptions = useMemo(
    () =>
      values.parties
        .filter((p) => p.organisationId)
        .map((p) => ({ value: p.organisationId, label: p.organisationName || p.organisationId })),
    [values.parties],
  );

  const extra = unplaced(errors, Boolean(signed));

  return (
    <RecordFormFrame heading={heading} form={form} onCancel={onCancel} saveLabel={t('form.saveAgreement')} banner={banner} unplaced={extra}>
      {!signed && (isNew || values.fromRecords) ? (
        <Section title={t('form.entry')}>
          <EntryFields values={values} errors={errors} set={set} isNew={isNew} />
        </Section>
      ) : null}
      <Section title={t('form.terms')}>
        {signed ? <SignedTerms agreement={signed} /> : <TermsFields values={values} errors={errors} set={set} />}
      </Section>
      <Section title={t('agreement.details')}>
        <RegisterFields values={values} errors={errors} set={set} selfId={selfId} signed={Boolean(signed)} />
      </Section>
      {signed ? null : (
        <Section title={t('form.parties')}>
          <PartiesEditor parties={form.array('parties')} errors={errors} />
        </Section>
      )}
      <Section title={t('form.items')}>
        <ItemsEditor items={form.array('items')} errors={errors} partyOptions={partyOptions} />
      </Section>
      <Section title={t('form.contributions')}>
        <ContributionsEditor contributions={form.array('contributions')} errors={errors} partyOptions={partyOptions} />
      </Section>
    </RecordFormFrame>
  );
}
