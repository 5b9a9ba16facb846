import { Button } from '../../components/button';
import { Select } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { useT } from '../../i18n';
import { scholarshipKindKey } from '../../i18n/labels';
import { SCHOLARSHIP_COMPONENTS, type ScholarshipComponentKind } from '../../../../shared/models/program';
import type { FieldArray } from '../common/field-array';
import type { FieldErrors } from '../common/form-errors';
import { emptyPhase, emptyScholarship, type PhaseValues, type ScholarshipValues } from './program-form-values';

export function PhasesEditor({ phases, errors }: { phases: FieldArray<PhaseValues>; errors: FieldErrors }) {
  const t = useT();
  return (
    <div className="rows-editor">
      {phases.rows.map((phase, index) => {
        const e = (field: string) => errors[`phases.${index}.${field}`];
        return (
          <div key={phase.key} className="row-card" role="group" aria-label={t('program.phase', { n: index + 1 })}>
            <div className="form-grid">
              <TextField label={t('program.phaseName')} value={phase.name} onChange={(name) => phases.update(index, { name })} error={e('name')} required />
              <TextField
                label={t('program.phaseMonths')}
                value={phase.months}
                onChange={(months) => phases.update(index, { months })}
                error={e('months')}
                className="narrow"
                inputProps={{ inputMode: 'numeric' }}
              />
              <TextField label={t('program.phasePlace')} value={phase.place} onChange={(place) => phases.update(index, { place })} error={e('place')} />
            </div>
            <Button size="small" variant="ghost" onClick={() => phases.remove(index)}>
              {t('program.removePhase')}
            </Button>
          </div>
        );
      })}
      <Button onClick={() => phases.add(emptyPhase())}>{t('program.addPhase')}</Button>
    </div>
  );
}

/**
 * The scholarship by part: what it pays for and an exact amount in its own currency. A program's
 * scheme and an award's components are the same rows; `path` is where their errors live.
 */
export function ScholarshipEditor({ parts, errors, path = 'scholarship' }: { parts: FieldArray<ScholarshipValues>; errors: FieldErrors; path?: string }) {
  const t = useT();
  return (
    <div className="rows-editor">
      {parts.rows.map((part, index) => {
        const e = (field: string) => errors[`${path}.${index}.${field}`];
        return (
          <div key={part.key} className="row-card" role="group" aria-label={t('program.scholarshipPart', { n: index + 1 })}>
            <div className="form-grid">
              <Select
                label={t('program.scholarshipKind')}
                value={part.kind}
                onChange={(kind) => parts.update(index, { kind: kind as ScholarshipComponentKind })}
                options={SCHOLARSHIP_COMPONENTS.map((kind) => ({ value: kind, label: t(scholarshipKindKey(kind)) }))}
                error={e('kind')}
              />
              <div className="field-pair">
                <TextField
                  label={t('program.amount')}
                  value={part.amount}
                  onChange={(amount) => parts.update(index, { amount })}
                  error={e('amountMinor')}
                  className="grow"
                  required
                  inputProps={{ inputMode: 'decimal', placeholder: '50,000,000' }}
                />
                <TextField
                  label={t('program.currency')}
                  value={part.currency}
                  onChange={(currency) => parts.update(index, { currency: currency.toUpperCase() })}
                  error={e('currency')}
                  className="narrow"
                  required
                  inputProps={{ maxLength: 3, placeholder: 'KRW' }}
                />
              </div>
              <TextField
                label={t('program.scholarshipDescription')}
                value={part.description}
                onChange={(description) => parts.update(index, { description })}
                error={e('description')}
              />
            </div>
            <Button size="small" variant="ghost" onClick={() => parts.remove(index)}>
              {t('program.removeScholarship')}
            </Button>
          </div>
        );
      })}
      <Button onClick={() => parts.add(emptyScholarship(parts.rows.at(-1)?.currency ?? ''))}>{t('program.addScholarship')}</Button>
    </div>
  );
}
