import { memo } from 'react';
import { Button } from '../../../components/button';
import { DateField } from '../../../components/date-field';
import { Select, type SelectOption } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { useT } from '../../../i18n';
import { contributionKindKey } from '../../../i18n/labels';
import { CONTRIBUTION_KINDS } from '../../../../../shared/models/agreement';
import type { FieldArray } from '../../common/field-array';
import type { FieldErrors } from '../../common/form-errors';
import { emptyContribution, type ContributionKind, type ContributionValues } from './form-values';

export type ContributionsEditorProps = {
  contributions: FieldArray<ContributionValues>;
  errors: FieldErrors;
  /** Only organisations chosen as parties can contribute. */
  partyOptions: SelectOption[];
};

/** What each party gives: money (amount + currency, exact), in kind or people (quantity + unit). */
export const ContributionsEditor = memo(function ContributionsEditor({ contributions, errors, partyOptions }: ContributionsEditorProps) {
  const t = useT();
  const set = contributions.update;
  return (
    <div className="rows-editor">
      {errors.contributions ? <div className="field__error field__error--block">{errors.contributions}</div> : null}
      {contributions.rows.map((c, index) => {
        const e = (field: string) => errors[`contributions.${index}.${field}`];
        return (
          <div key={c.key} className="row-card" role="group" aria-label={t('form.contribution', { n: index + 1 })}>
            <div className="form-grid">
              <Select
                label={t('form.contributingParty')}
                value={c.organisationId}
                onChange={(organisationId) => set(index, { organisationId })}
                placeholder={t('common.choose')}
                options={partyOptions}
                error={e('organisationId')}
                required
              />
              <Select
                label={t('form.contributionKind')}
                value={c.kind}
                onChange={(kind) => set(index, { kind: kind as ContributionKind })}
                options={CONTRIBUTION_KINDS.map((k) => ({ value: k, label: t(contributionKindKey(k)) }))}
                error={e('kind')}
              />
              {c.kind === 'money' ? (
                <div className="field-pair">
                  <TextField
                    label={t('form.amount')}
                    value={c.amount}
                    onChange={(amount) => set(index, { amount })}
                    error={e('amountMinor')}
                    className="grow"
                    inputProps={{ inputMode: 'decimal', placeholder: '100,000,000' }}
                  />
                  <TextField
                    label={t('form.currency')}
                    value={c.currency}
                    onChange={(currency) => set(index, { currency: currency.toUpperCase() })}
                    error={e('currency')}
                    className="narrow"
                    inputProps={{ maxLength: 3, placeholder: 'KRW' }}
                  />
                </div>
              ) : (
                <div className="field-pair">
                  <TextField
                    label={t('form.quantity')}
                    value={c.quantity}
                    onChange={(quantity) => set(index, { quantity })}
                    error={e('quantity')}
                    className="narrow"
                    inputProps={{ inputMode: 'decimal' }}
                  />
                  <TextField label={t('form.unit')} value={c.unit} onChange={(unit) => set(index, { unit })} error={e('unit')} className="grow" />
                </div>
              )}
              <TextField
                label={t('form.description')}
                value={c.description}
                onChange={(description) => set(index, { description })}
                error={e('description')}
                className="span-3"
              />
              <DateField label={t('form.startsOn')} value={c.startsOn} onChange={(startsOn) => set(index, { startsOn })} error={e('startsOn')} />
              <DateField label={t('form.endsOn')} value={c.endsOn} onChange={(endsOn) => set(index, { endsOn })} error={e('endsOn')} />
            </div>
            <Button size="small" variant="ghost" onClick={() => contributions.remove(index)}>
              {t('form.removeContribution')}
            </Button>
          </div>
        );
      })}
      <Button onClick={() => contributions.add(emptyContribution(partyOptions[0]?.value ?? ''))}>
        {t('form.addContribution')}
      </Button>
    </div>
  );
});
