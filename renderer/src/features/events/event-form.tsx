import { Section } from '../../components/section';
import { Select } from '../../components/select-field';
import { TextArea, TextField } from '../../components/text-field';
import { useT } from '../../i18n';
import { EVENT_KINDS, type EventKind, type EventValues } from '../../../../shared/models/event';
import { RecordFormFrame } from '../common/record-form-frame';
import { useEntityForm } from '../common/use-entity-form';
import { validateEvent, type EventFormValues } from './event-form-values';
import { eventKindKey } from './event-labels';
import { EventAgreementFields, SigningRecordsField } from './event-link-fields';
import { AttendeesEditor, OrganisersEditor } from './event-people-fields';
import { EventRepeatFields, ExceptionsEditor } from './event-repeat-fields';
import { EventTimingFields } from './event-timing-fields';

export type EventFormProps = {
  heading: string;
  initial: EventFormValues;
  onSave: (values: EventValues) => Promise<void>;
  onConflict: () => void;
  onCancel: () => void;
};

export function EventForm({ heading, initial, onSave, onConflict, onCancel }: EventFormProps) {
  const t = useT();
  const form = useEntityForm({ initial, validate: validateEvent, save: onSave, onConflict });
  const { values, set, errors } = form;
  const exceptions = form.array('exceptions');
  // Shown while anything is in them, so nothing typed is hidden from the person who must fix it.
  const showExceptions = values.repeat !== 'none' || exceptions.rows.length > 0;
  const showSigning = values.kind === 'signing_ceremony' || values.signingRecordIds.length > 0;
  return (
    <RecordFormFrame heading={heading} form={form} onCancel={onCancel}>
      <div className="form-grid">
        <Select
          label={t('event.kind')}
          value={values.kind}
          onChange={(kind) => set({ kind: kind as EventKind })}
          placeholder={t('common.choose')}
          options={EVENT_KINDS.map((kind) => ({ value: kind, label: t(eventKindKey(kind)) }))}
          error={errors.kind}
          required
        />
        <TextField label={t('event.title')} value={values.title} onChange={(title) => set({ title })} error={errors.title} required className="span-2" />
        <TextField label={t('event.place')} value={values.place} onChange={(place) => set({ place })} error={errors.place} className="span-3" />
        <TextArea label={t('event.description')} value={values.description} onChange={(description) => set({ description })} error={errors.description} rows={2} className="span-3" />
      </div>
      <Section title={t('event.when')}>
        <EventTimingFields values={values} set={set} errors={errors} />
        <EventRepeatFields values={values} set={set} errors={errors} />
      </Section>
      {showExceptions ? (
        <Section title={t('event.exceptions')}>
          <ExceptionsEditor exceptions={exceptions} allDay={values.allDay} errors={errors} />
        </Section>
      ) : null}
      <Section title={t('event.agreement')}>
        <EventAgreementFields values={values} set={set} errors={errors} />
        {showSigning ? <SigningRecordsField values={values} set={set} errors={errors} /> : null}
      </Section>
      <Section title={t('event.organisers')}>
        <OrganisersEditor organisers={form.array('organisers')} errors={errors} />
      </Section>
      <Section title={t('event.attendees')}>
        <AttendeesEditor attendees={form.array('attendees')} errors={errors} />
      </Section>
      <div className="form-grid">
        <TextArea
          label={t('event.outcomeNotes')}
          value={values.outcomeNotes}
          onChange={(outcomeNotes) => set({ outcomeNotes })}
          error={errors.outcomeNotes}
          hint={t('event.outcomeHint')}
          rows={3}
          className="span-3"
        />
        <TextArea label={t('common.notes')} value={values.notes} onChange={(notes) => set({ notes })} error={errors.notes} rows={3} className="span-3" />
      </div>
    </RecordFormFrame>
  );
}
