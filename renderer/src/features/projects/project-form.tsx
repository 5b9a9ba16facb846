import { DateField } from '../../components/date-field';
import { Section } from '../../components/section';
import { Select } from '../../components/select-field';
import { TextArea, TextField } from '../../components/text-field';
import { useT } from '../../i18n';
import { projectKindKey } from '../../i18n/labels';
import { PROJECT_KINDS, type ProjectKind, type ProjectValues } from '../../../../shared/models/project';
import { RecordFormFrame } from '../common/record-form-frame';
import { useEntityForm } from '../common/use-entity-form';
import { AgreementLinksEditor } from '../common/links-editor';
import { HeadcountsEditor, PartnersEditor, TeamEditor } from './project-people-editors';
import { BudgetEditor, MilestonesEditor, OutputsEditor, PlacesEditor } from './project-plan-editors';
import { validateProject, type ProjectFormValues } from './project-form-values';

export type ProjectFormProps = {
  heading: string;
  initial: ProjectFormValues;
  onSave: (values: ProjectValues) => Promise<void>;
  onConflict: () => void;
  onCancel: () => void;
};

/** A research project or centre: who takes part, under which agreements, where, with what money, and what it promised and produced. */
export function ProjectForm({ heading, initial, onSave, onConflict, onCancel }: ProjectFormProps) {
  const t = useT();
  const form = useEntityForm({ initial, validate: validateProject, save: onSave, onConflict });
  const { values, set, errors } = form;
  const agreements = form.array('agreements');
  return (
    <RecordFormFrame heading={heading} form={form} onCancel={onCancel} unplaced={errors.outputs ? [errors.outputs] : []}>
      <div className="form-grid">
        <Select
          label={t('project.kind')}
          value={values.kind}
          onChange={(kind) => set({ kind: kind as ProjectKind })}
          options={PROJECT_KINDS.map((kind) => ({ value: kind, label: t(projectKindKey(kind)) }))}
          error={errors.kind}
        />
        <TextField label={t('project.title')} value={values.title} onChange={(title) => set({ title })} error={errors.title} required className="span-2" />
        <TextArea label={t('project.summary')} value={values.summary} onChange={(summary) => set({ summary })} error={errors.summary} className="span-3" />
        <DateField label={t('project.startsOn')} value={values.startsOn} onChange={(startsOn) => set({ startsOn })} error={errors.startsOn} />
        <DateField label={t('project.endsOn')} value={values.endsOn} onChange={(endsOn) => set({ endsOn })} error={errors.endsOn} />
      </div>
      <Section title={t('project.agreements')}>
        <AgreementLinksEditor
          links={agreements}
          field="agreementIds"
          errors={errors}
          rowLabel={(n) => t('project.agreement', { n })}
          addLabel={t('project.addAgreement')}
          removeLabel={t('project.removeAgreement')}
        />
      </Section>
      <Section title={t('project.partners')}>
        <PartnersEditor partners={form.array('partners')} errors={errors} />
      </Section>
      <Section title={t('project.team')}>
        <TeamEditor team={form.array('team')} errors={errors} />
        <h3 className="subhead">{t('project.headcounts')}</h3>
        <HeadcountsEditor headcounts={form.array('headcounts')} errors={errors} />
      </Section>
      <Section title={t('project.places')}>
        <PlacesEditor places={form.array('places')} errors={errors} />
      </Section>
      <Section title={t('project.budget')}>
        <BudgetEditor budget={form.array('budget')} errors={errors} />
      </Section>
      <Section title={t('project.milestones')}>
        <MilestonesEditor milestones={form.array('milestones')} errors={errors} />
      </Section>
      <Section title={t('project.outputs')}>
        <OutputsEditor outputs={form.array('outputs')} errors={errors} />
      </Section>
      <div className="form-grid">
        <TextArea label={t('common.notes')} value={values.notes} onChange={(notes) => set({ notes })} error={errors.notes} rows={4} className="span-3" />
      </div>
    </RecordFormFrame>
  );
}
