import { Section } from '../../components/section';
import { TextArea, TextField } from '../../components/text-field';
import { useT } from '../../i18n';
import type { ProgramValues } from '../../../../shared/models/program';
import { AgreementLinksEditor, OrganisationLinksEditor } from '../common/links-editor';
import { useEntityForm } from '../common/use-entity-form';
import { PhasesEditor, ScholarshipEditor } from './program-editors';
import { validateProgram, type ProgramFormValues } from './program-form-values';
import { RecordFormFrame } from '../common/record-form-frame';

export type ProgramFormProps = {
  heading: string;
  initial: ProgramFormValues;
  onSave: (values: ProgramValues) => Promise<void>;
  onConflict: () => void;
  onCancel: () => void;
};

export function ProgramForm({ heading, initial, onSave, onConflict, onCancel }: ProgramFormProps) {
  const t = useT();
  const form = useEntityForm({ initial, validate: validateProgram, save: onSave, onConflict });
  const { values, set, errors } = form;
  const sponsors = form.array('sponsors');
  const agreements = form.array('agreements');
  return (
    <RecordFormFrame heading={heading} form={form} onCancel={onCancel}>
      <div className="form-grid">
        <TextField label={t('program.name')} value={values.name} onChange={(name) => set({ name })} error={errors.name} required className="span-3" />
        <TextArea label={t('program.summary')} value={values.summary} onChange={(summary) => set({ summary })} error={errors.summary} className="span-3" />
        <TextArea
          label={t('program.eligibility')}
          value={values.eligibility}
          onChange={(eligibility) => set({ eligibility })}
          error={errors.eligibility}
          rows={2}
          className="span-2"
        />
        <TextField label={t('program.fields')} value={values.fields} onChange={(fields) => set({ fields })} error={errors.fields} hint={t('program.fieldsHint')} />
      </div>
      <Section title={t('program.agreements')}>
        <AgreementLinksEditor
          links={agreements}
          field="agreementIds"
          errors={errors}
          rowLabel={(n) => t('program.agreement', { n })}
          addLabel={t('program.addAgreement')}
          removeLabel={t('program.removeAgreement')}
        />
      </Section>
      <Section title={t('program.sponsors')}>
        <OrganisationLinksEditor
          links={sponsors}
          field="sponsorIds"
          errors={errors}
          rowLabel={(n) => t('program.sponsor', { n })}
          addLabel={t('program.addSponsor')}
          removeLabel={t('program.removeSponsor')}
        />
      </Section>
      <Section title={t('program.phases')}>
        <PhasesEditor phases={form.array('phases')} errors={errors} />
      </Section>
      <Section title={t('program.scholarship')}>
        <ScholarshipEditor parts={form.array('scholarship')} errors={errors} />
      </Section>
      <div className="form-grid">
        <TextArea label={t('common.notes')} value={values.notes} onChange={(notes) => set({ notes })} error={errors.notes} rows={4} className="span-3" />
      </div>
    </RecordFormFrame>
  );
}
