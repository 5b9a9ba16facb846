import { Button } from '../../components/button';
import { CheckboxField } from '../../components/checkbox-field';
import { TextField } from '../../components/text-field';
import { useT } from '../../i18n';
import type { FieldArray } from '../common/field-array';
import type { FieldErrors } from '../common/form-errors';
import { OrganisationPicker } from '../organisations/organisation-picker';
import { PersonPicker } from '../people/person-picker';
import { emptyHeadcount, emptyMember, emptyPartner, type HeadcountValues, type MemberValues, type PartnerValues } from './project-form-values';

/** The organisations taking part, each with its role in its own words. */
export function PartnersEditor({ partners, errors }: { partners: FieldArray<PartnerValues>; errors: FieldErrors }) {
  const t = useT();
  return (
    <div className="rows-editor">
      {partners.rows.map((row, index) => (
        <div key={row.key} className="row-card" role="group" aria-label={t('project.partner', { n: index + 1 })}>
          <div className="form-grid">
            <OrganisationPicker
              label={t('project.partnerOrganisation')}
              value={row.id}
              name={row.name}
              onChange={(id, name) => partners.update(index, { id, name })}
              allowCreate
              error={errors[`partners.${index}.organisationId`]}
              className="span-2"
            />
            <TextField label={t('project.role')} value={row.role} onChange={(role) => partners.update(index, { role })} error={errors[`partners.${index}.role`]} />
          </div>
          <Button size="small" variant="ghost" onClick={() => partners.remove(index)}>
            {t('project.removePartner')}
          </Button>
        </div>
      ))}
      <Button onClick={() => partners.add(emptyPartner())}>{t('project.addPartner')}</Button>
    </div>
  );
}

/** Named people on the team, principal investigators marked. */
export function TeamEditor({ team, errors }: { team: FieldArray<MemberValues>; errors: FieldErrors }) {
  const t = useT();
  return (
    <div className="rows-editor">
      {team.rows.map((row, index) => (
        <div key={row.key} className="row-card" role="group" aria-label={t('project.member', { n: index + 1 })}>
          <div className="form-grid">
            <PersonPicker
              label={t('project.person')}
              value={row.id}
              name={row.name}
              onChange={(id, name) => team.update(index, { id, name })}
              allowCreate
              error={errors[`team.${index}.personId`]}
            />
            <TextField label={t('project.role')} value={row.role} onChange={(role) => team.update(index, { role })} error={errors[`team.${index}.role`]} />
            <CheckboxField label={t('project.principal')} checked={row.principal} onChange={(principal) => team.update(index, { principal })} />
          </div>
          <Button size="small" variant="ghost" onClick={() => team.remove(index)}>
            {t('project.removeMember')}
          </Button>
        </div>
      ))}
      <Button onClick={() => team.add(emptyMember())}>{t('project.addMember')}</Button>
    </div>
  );
}

/** People counted where their names are not known: "34 graduate students". */
export function HeadcountsEditor({ headcounts, errors }: { headcounts: FieldArray<HeadcountValues>; errors: FieldErrors }) {
  const t = useT();
  return (
    <div className="rows-editor">
      {headcounts.rows.map((row, index) => (
        <div key={row.key} className="row-card row-card--inline" role="group" aria-label={t('project.headcount', { n: index + 1 })}>
          <TextField
            label={t('project.headcountCount')}
            value={row.count}
            onChange={(count) => headcounts.update(index, { count })}
            error={errors[`headcounts.${index}.count`]}
            className="narrow"
            required
            inputProps={{ inputMode: 'numeric', placeholder: '34' }}
          />
          <TextField
            label={t('project.headcountRole')}
            value={row.role}
            onChange={(role) => headcounts.update(index, { role })}
            error={errors[`headcounts.${index}.role`]}
            className="grow"
            required
            inputProps={{ placeholder: t('project.headcountRolePlaceholder') }}
          />
          <Button size="small" variant="ghost" onClick={() => headcounts.remove(index)}>
            {t('common.remove')}
          </Button>
        </div>
      ))}
      <Button onClick={() => headcounts.add(emptyHeadcount())}>{t('project.addHeadcount')}</Button>
    </div>
  );
}
