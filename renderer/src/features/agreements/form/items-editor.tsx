import { memo } from 'react';
import { Button } from '../../../components/button';
import { RowOrderButtons } from '../../../components/row-order-buttons';
import { DateField } from '../../../components/date-field';
import { Select, type SelectOption } from '../../../components/select-field';
import { TextArea } from '../../../components/text-field';
import { useT } from '../../../i18n';
import { itemStatusKey, recurrenceKey } from '../../../i18n/labels';
import { ITEM_STATUSES, RECURRENCES } from '../../../../../shared/models/agreement';
import type { FieldArray } from '../../common/field-array';
import type { FieldErrors } from '../../common/form-errors';
import { emptyItem, type ItemStatus, type ItemValues, type Recurrence } from './form-values';

export type ItemsEditorProps = {
  items: FieldArray<ItemValues>;
  errors: FieldErrors;
  /** Only organisations chosen as parties can be responsible. */
  partyOptions: SelectOption[];
};

/** The ▲ bullets: what is promised, by whom, by when, how often, and how far it got. */
export const ItemsEditor = memo(function ItemsEditor({ items, errors, partyOptions }: ItemsEditorProps) {
  const t = useT();
  const set = items.update;
  return (
    <div className="rows-editor">
      {errors.items ? <div className="field__error field__error--block">{errors.items}</div> : null}
      {items.rows.map((item, index) => {
        const e = (field: string) => errors[`items.${index}.${field}`];
        return (
          <div key={item.key} className="row-card" role="group" aria-label={t('form.item', { n: index + 1 })}>
            <div className="form-grid">
              <TextArea
                label={t('form.description')}
                value={item.description}
                onChange={(description) => set(index, { description })}
                error={e('description')}
                rows={2}
                required
                className="span-3"
              />
              <Select
                label={t('form.responsible')}
                value={item.responsibleOrganisationId}
                onChange={(responsibleOrganisationId) => set(index, { responsibleOrganisationId })}
                placeholder={t('common.none')}
                options={partyOptions}
                error={e('responsibleOrganisationId')}
              />
              <DateField label={t('form.dueOn')} value={item.dueOn} onChange={(dueOn) => set(index, { dueOn })} error={e('dueOn')} />
              <Select
                label={t('form.recurrence')}
                value={item.recurrence}
                onChange={(recurrence) => set(index, { recurrence: recurrence as Recurrence })}
                options={RECURRENCES.map((r) => ({ value: r, label: t(recurrenceKey(r)) }))}
                error={e('recurrence')}
              />
              <Select
                label={t('form.itemStatus')}
                value={item.status}
                onChange={(status) => set(index, { status: status as ItemStatus })}
                options={ITEM_STATUSES.map((s) => ({ value: s, label: t(itemStatusKey(s)) }))}
                error={e('status')}
              />
            </div>
            <div className="row-card__actions">
              <RowOrderButtons
                index={index}
                count={items.rows.length}
                onMove={(to) => items.move(index, to)}
                labels={{ up: t('form.moveUp'), down: t('form.moveDown') }}
              />
              <Button size="small" variant="ghost" onClick={() => items.remove(index)}>
                {t('form.removeItem')}
              </Button>
            </div>
          </div>
        );
      })}
      <Button onClick={() => items.add(emptyItem())}>{t('form.addItem')}</Button>
    </div>
  );
});
