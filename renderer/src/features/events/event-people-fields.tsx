import { Button } from '../../components/button';
import { Select } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { useT } from '../../i18n';
import { ATTENDEE_ROLES, type AttendeeRole } from '../../../../shared/models/event';
import type { FieldArray } from '../common/field-array';
import type { FieldErrors } from '../common/form-errors';
import { PersonPicker } from '../people/person-picker';
import { attendeeRoleKey } from './event-labels';
import { emptyAttendee, type AttendeeValues } from './event-form-values';
import { OrganisationLinksEditor, type LinkValues } from '../common/links-editor';

/** The organisations that organise it, each chosen with a searchable picker (or created there). */
export function OrganisersEditor({ organisers, errors }: { organisers: FieldArray<LinkValues>; errors: FieldErrors }) {
  const t = useT();
  return (
    <OrganisationLinksEditor
      links={organisers}
      field="organiserIds"
      errors={errors}
      rowLabel={(n) => t('event.organiser', { n })}
      addLabel={t('event.addOrganiser')}
      removeLabel={t('event.removeOrganiser')}
    />
  );
}

/** Who came and in what role: speakers, signatories, guests, organisers. */
export function AttendeesEditor({ attendees, errors }: { attendees: FieldArray<AttendeeValues>; errors: FieldErrors }) {
  const t = useT();
  return (
    <div className="rows-editor">
      {attendees.rows.map((row, index) => {
        const e = (field: string) => errors[`attendees.${index}.${field}`];
        return (
          <div key={row.key} className="row-card" role="group" aria-label={t('event.attendee', { n: index + 1 })}>
            <div className="form-grid">
              <PersonPicker
                label={t('event.person')}
                value={row.personId}
                name={row.name}
                onChange={(personId, name) => attendees.update(index, { personId, name })}
                allowCreate
                error={e('personId')}
              />
              <Select
                label={t('event.role')}
                value={row.role}
                onChange={(role) => attendees.update(index, { role: role as AttendeeRole })}
                options={ATTENDEE_ROLES.map((role) => ({ value: role, label: t(attendeeRoleKey(role)) }))}
                error={e('role')}
              />
              <TextField label={t('event.attendeeNote')} value={row.note} onChange={(note) => attendees.update(index, { note })} error={e('note')} />
            </div>
            <Button size="small" variant="ghost" onClick={() => attendees.remove(index)}>
              {t('event.removeAttendee')}
            </Button>
          </div>
        );
      })}
      <Button onClick={() => attendees.add(emptyAttendee())}>{t('event.addAttendee')}</Button>
    </div>
  );
}
