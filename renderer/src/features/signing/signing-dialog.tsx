import { useId, useMemo } from 'react';
import { Button } from '../../components/button';
import { DateField } from '../../components/date-field';
import { Modal } from '../../components/modal';
import { Select, type SelectGroup } from '../../components/select-field';
import { Spinner } from '../../components/spinner';
import { TextArea, TextField } from '../../components/text-field';
import { useT } from '../../i18n';
import { signingMethodKey } from '../../i18n/labels';
import { send } from '../../ipc/client';
import type { AgreementDetail } from '../../../../shared/models/agreement';
import type { RecordDocument } from '../../../../shared/models/document';
import { SIGNING_METHODS, type SigningRecord } from '../../../../shared/models/signing';
import { notifyError, notifySuccess } from '../common/notify';
import { useEntityForm } from '../common/use-entity-form';
import { parseSigning, signingValues, type SigningFormValues } from './signing-values';

export type SigningDialogProps = {
  agreement: AgreementDetail;
  documents: readonly RecordDocument[];
  /** Given: the new record corrects this one (which stays as it is). */
  correcting?: SigningRecord;
  onDone: (record: SigningRecord) => void;
  onCancel: () => void;
};

/** Records that a signatory signed an exact document version for their party. */
export function SigningDialog({ agreement, documents, correcting, onDone, onCancel }: SigningDialogProps) {
  const t = useT();
  const formId = useId();
  const initial = useMemo(() => signingValues(agreement, documents, correcting), [agreement, documents, correcting]);
  const choose = {
    documentVersionId: t('signing.chooseVersion'),
    partyOrganisationId: t('signing.choosePartyError'),
    signatoryPersonId: t('signing.chooseSignatory'),
    method: t('signing.chooseMethod'),
  };
  const form = useEntityForm({
    initial,
    toInput: (v: SigningFormValues) => ({
      agreementId: agreement.id,
      ...v,
      method: v.method || undefined,
      correctsId: correcting?.id ?? null,
    }),
    parse: (input) => parseSigning(input as Parameters<typeof parseSigning>[0], choose),
    save: async (input) => {
      const record = await send('signing:record', input);
      notifySuccess(t('signing.recorded', { name: record.signatoryName }));
      onDone(record);
    },
    onConflict: () => notifyError(null),
  });
  const { values, set, errors } = form;

  const party = agreement.parties.find((p) => p.organisationId === values.partyOrganisationId);
  const versionGroups: SelectGroup[] = documents.map((doc) => ({
    label: doc.language ? `${doc.title} (${doc.language})` : doc.title,
    options: doc.versions.map((v) => ({
      value: v.id,
      label: t(v.signed ? 'signing.versionSigned' : 'signing.versionOption', { n: v.version, fileName: v.fileName }),
    })),
  }));
  const onParty = (partyOrganisationId: string) => {
    const signatories = agreement.parties.find((p) => p.organisationId === partyOrganisationId)?.signatories ?? [];
    // The signatory belongs to the party: a new party starts over (or takes its only signatory).
    set({ partyOrganisationId, signatoryPersonId: signatories.length === 1 ? signatories[0].personId : '' });
  };

  const heading = correcting ? t('signing.correctTitle', { seq: correcting.seq }) : t('signing.record');
  const signatoryHint = !party ? t('signing.chooseParty') : party.signatories.length === 0 ? t('signing.noSignatories') : undefined;
  return (
    <Modal
      title={heading}
      onCancel={form.saving ? () => undefined : onCancel}
      footer={
        <>
          <Button onClick={onCancel} disabled={form.saving}>
            {t('common.cancel')}
          </Button>
          <Button variant="primary" type="submit" form={formId} disabled={form.saving}>
            {t('signing.submit')}
          </Button>
        </>
      }
    >
      <form ref={form.formRef} id={formId} className="modal__form" noValidate onSubmit={form.onSubmit}>
        <p className="note">{t('signing.neverEdited')}</p>
        <Select
          label={t('signing.documentVersion')}
          value={values.documentVersionId}
          onChange={(documentVersionId) => set({ documentVersionId })}
          options={[]}
          groups={versionGroups}
          placeholder={t('common.choose')}
          error={errors.documentVersionId}
          required
        />
        <Select
          label={t('signing.party')}
          value={values.partyOrganisationId}
          onChange={onParty}
          options={agreement.parties.map((p) => ({ value: p.organisationId, label: p.organisationName }))}
          placeholder={t('common.choose')}
          error={errors.partyOrganisationId}
          required
        />
        <Select
          label={t('signing.signatory')}
          value={values.signatoryPersonId}
          onChange={(signatoryPersonId) => set({ signatoryPersonId })}
          options={(party?.signatories ?? []).map((s) => ({ value: s.personId, label: s.capacity ? `${s.name}, ${s.capacity}` : s.name }))}
          placeholder={t('common.choose')}
          error={errors.signatoryPersonId}
          hint={signatoryHint}
          disabled={!party || party.signatories.length === 0}
          required
        />
        <div className="field-pair">
          <DateField label={t('signing.signedOn')} value={values.signedOn} onChange={(signedOn) => set({ signedOn })} error={errors.signedOn} required />
          <Select
            label={t('signing.method')}
            value={values.method}
            onChange={(method) => set({ method: method as SigningFormValues['method'] })}
            options={SIGNING_METHODS.map((m) => ({ value: m, label: t(signingMethodKey(m)) }))}
            placeholder={t('common.choose')}
            error={errors.method}
            required
            className="grow"
          />
        </div>
        <TextField label={t('signing.place')} value={values.place} onChange={(place) => set({ place })} error={errors.place} required />
        <TextArea label={t('signing.note')} value={values.note} onChange={(note) => set({ note })} error={errors.note} rows={2} />
        {errors.correctsId ? <div className="field__error">{errors.correctsId}</div> : null}
        {form.saving ? <Spinner label={t('signing.recording')} inline /> : null}
      </form>
    </Modal>
  );
}
