import { Button } from '../../components/button';
import { CheckboxField } from '../../components/checkbox-field';
import { DateField } from '../../components/date-field';
import { Select } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { useT } from '../../i18n';
import { outputKindKey } from '../../i18n/labels';
import { OUTPUT_KINDS, type OutputKind } from '../../../../shared/research/output-identifier';
import type { FieldArray } from '../common/field-array';
import type { FieldErrors } from '../common/form-errors';
import { OrganisationPicker } from '../organisations/organisation-picker';
import {
  emptyBudget,
  emptyMilestone,
  emptyOutput,
  emptyPlace,
  type BudgetValues,
  type MilestoneValues,
  type OutputValues,
  type PlaceValues,
} from './project-form-values';

/** Where it works and since when; a planned move is a place marked planned. */
export function PlacesEditor({ places, errors }: { places: FieldArray<PlaceValues>; errors: FieldErrors }) {
  const t = useT();
  return (
    <div className="rows-editor">
      {places.rows.map((row, index) => {
        const e = (field: string) => errors[`places.${index}.${field}`];
        return (
          <div key={row.key} className="row-card" role="group" aria-label={t('project.place', { n: index + 1 })}>
            <div className="form-grid">
              <TextField label={t('project.placeName')} value={row.name} onChange={(name) => places.update(index, { name })} error={e('name')} required className="span-3" />
              <DateField label={t('project.placeFrom')} value={row.fromOn} onChange={(fromOn) => places.update(index, { fromOn })} error={e('fromOn')} />
              <DateField label={t('project.placeTo')} value={row.toOn} onChange={(toOn) => places.update(index, { toOn })} error={e('toOn')} />
              <CheckboxField label={t('project.placePlanned')} checked={row.planned} onChange={(planned) => places.update(index, { planned })} />
            </div>
            <Button size="small" variant="ghost" onClick={() => places.remove(index)}>
              {t('project.removePlace')}
            </Button>
          </div>
        );
      })}
      <Button onClick={() => places.add(emptyPlace())}>{t('project.addPlace')}</Button>
    </div>
  );
}

/** Money by source: an exact amount in its own currency, never added across currencies. */
export function BudgetEditor({ budget, errors }: { budget: FieldArray<BudgetValues>; errors: FieldErrors }) {
  const t = useT();
  return (
    <div className="rows-editor">
      {budget.rows.map((row, index) => {
        const e = (field: string) => errors[`budget.${index}.${field}`];
        return (
          <div key={row.key} className="row-card" role="group" aria-label={t('project.budgetLine', { n: index + 1 })}>
            <div className="form-grid">
              <OrganisationPicker
                label={t('project.budgetSource')}
                value={row.id}
                name={row.name}
                onChange={(id, name) => budget.update(index, { id, name })}
                allowCreate
                error={e('organisationId')}
              />
              <div className="field-pair">
                <TextField
                  label={t('program.amount')}
                  value={row.amount}
                  onChange={(amount) => budget.update(index, { amount })}
                  error={e('amountMinor')}
                  className="grow"
                  required
                  inputProps={{ inputMode: 'decimal', placeholder: '300,000,000' }}
                />
                <TextField
                  label={t('program.currency')}
                  value={row.currency}
                  onChange={(currency) => budget.update(index, { currency: currency.toUpperCase() })}
                  error={e('currency')}
                  className="narrow"
                  required
                  inputProps={{ maxLength: 3, placeholder: 'KRW' }}
                />
              </div>
              <TextField label={t('project.budgetDescription')} value={row.description} onChange={(description) => budget.update(index, { description })} error={e('description')} />
            </div>
            <Button size="small" variant="ghost" onClick={() => budget.remove(index)}>
              {t('project.removeBudget')}
            </Button>
          </div>
        );
      })}
      <Button onClick={() => budget.add(emptyBudget(budget.rows.at(-1)?.currency ?? ''))}>{t('project.addBudget')}</Button>
    </div>
  );
}

/** Milestones with the day each is due and, once reached, the day it was done. */
export function MilestonesEditor({ milestones, errors }: { milestones: FieldArray<MilestoneValues>; errors: FieldErrors }) {
  const t = useT();
  return (
    <div className="rows-editor">
      {milestones.rows.map((row, index) => {
        const e = (field: string) => errors[`milestones.${index}.${field}`];
        return (
          <div key={row.key} className="row-card" role="group" aria-label={t('project.milestone', { n: index + 1 })}>
            <div className="form-grid">
              <TextField label={t('project.milestoneTitle')} value={row.title} onChange={(title) => milestones.update(index, { title })} error={e('title')} required />
              <DateField label={t('project.milestoneDue')} value={row.dueOn} onChange={(dueOn) => milestones.update(index, { dueOn })} error={e('dueOn')} required />
              <DateField label={t('project.milestoneDone')} value={row.doneOn} onChange={(doneOn) => milestones.update(index, { doneOn })} error={e('doneOn')} />
            </div>
            <Button size="small" variant="ghost" onClick={() => milestones.remove(index)}>
              {t('project.removeMilestone')}
            </Button>
          </div>
        );
      })}
      <Button onClick={() => milestones.add(emptyMilestone())}>{t('project.addMilestone')}</Button>
    </div>
  );
}

/** Papers, patents, datasets, models, software and talks, each with its identifier checked per kind. */
export function OutputsEditor({ outputs, errors }: { outputs: FieldArray<OutputValues>; errors: FieldErrors }) {
  const t = useT();
  return (
    <div className="rows-editor">
      {outputs.rows.map((row, index) => {
        const e = (field: string) => errors[`outputs.${index}.${field}`];
        return (
          <div key={row.key} className="row-card" role="group" aria-label={t('project.output', { n: index + 1 })}>
            <div className="form-grid">
              <Select
                label={t('project.outputKind')}
                value={row.kind}
                onChange={(kind) => outputs.update(index, { kind: kind as OutputKind })}
                options={OUTPUT_KINDS.map((kind) => ({ value: kind, label: t(outputKindKey(kind)) }))}
                error={e('kind')}
              />
              <TextField label={t('project.outputTitle')} value={row.title} onChange={(title) => outputs.update(index, { title })} error={e('title')} required className="span-2" />
              <DateField label={t('project.outputDate')} value={row.date} onChange={(date) => outputs.update(index, { date })} error={e('date')} />
              <TextField
                label={t('project.outputIdentifier')}
                value={row.identifier}
                onChange={(identifier) => outputs.update(index, { identifier })}
                error={e('identifier')}
                hint={t(row.kind === 'patent' ? 'project.identifierHintPatent' : row.kind === 'talk' ? 'project.identifierHintUrl' : 'project.identifierHintDoi')}
                className="span-2"
              />
            </div>
            <Button size="small" variant="ghost" onClick={() => outputs.remove(index)}>
              {t('project.removeOutput')}
            </Button>
          </div>
        );
      })}
      {errors.outputs ? (
        <p className="field__error" role="alert">
          {errors.outputs}
        </p>
      ) : null}
      <Button onClick={() => outputs.add(emptyOutput())}>{t('project.addOutput')}</Button>
    </div>
  );
}
