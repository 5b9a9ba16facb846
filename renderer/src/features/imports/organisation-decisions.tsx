import { Button } from '../../components/button';
import { Select } from '../../components/select-field';
import { useT } from '../../i18n';
import type { OrganisationDecision, OrganisationMatch } from '../../../../shared/models/import';

export type OrganisationDecisionsProps = {
  /** The partners that resemble organisations already in the register. */
  matches: readonly OrganisationMatch[];
  onDecide: (decisions: Record<string, OrganisationDecision['choice'] | null>) => void;
  disabled?: boolean;
};

/** For each partner close to an existing organisation: that organisation, or a new one. */
export function OrganisationDecisions({ matches, onDecide, disabled }: OrganisationDecisionsProps) {
  const t = useT();
  if (matches.length === 0) return null;
  return (
    <div className="import-decisions">
      <p className="muted">{t('imports.organisationsHint')}</p>
      <div className="import-decisions__bulk">
        <Button size="small" disabled={disabled} onClick={() => onDecide(Object.fromEntries(matches.map((m) => [m.key, m.candidates[0].id])))}>
          {t('imports.useAll')}
        </Button>
        <Button size="small" disabled={disabled} onClick={() => onDecide(Object.fromEntries(matches.map((m) => [m.key, 'create'])))}>
          {t('imports.createAll')}
        </Button>
      </div>
      {matches.map((match) => (
        <Select
          key={match.key}
          label={match.name}
          hint={t('imports.inRows', { count: match.rows })}
          value={match.decision ?? ''}
          placeholder={t('imports.decide')}
          disabled={disabled}
          options={[
            ...match.candidates.map((candidate) => ({
              value: candidate.id,
              label: t('imports.useExisting', { name: candidate.country ? `${candidate.name} (${candidate.country})` : candidate.name }),
            })),
            { value: 'create', label: t('imports.createNew', { name: match.name }) },
          ]}
          onChange={(value) => onDecide({ [match.key]: value === '' ? null : value })}
        />
      ))}
    </div>
  );
}
