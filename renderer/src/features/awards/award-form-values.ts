import { localToday } from '../../../../shared/calendar';
import { AwardInput, type Award, type AwardValues } from '../../../../shared/models/award';
import type { Application } from '../../../../shared/models/application';
import { minorToDecimal, parseMoney } from '../../../../shared/money';
import type { ScholarshipComponentKind } from '../../../../shared/models/program';
import { t } from '../../i18n';
import { newKey, type FieldErrors } from '../common/form-errors';
import { applicationLabel } from '../common/record-labels';
import type { FormCheck } from '../common/use-entity-form';
import { emptyScholarship, scholarshipParts, scholarshipValues, type ScholarshipValues } from '../programs/program-form-values';
import { formCheck } from '../common/use-entity-form';

/** One payment as typed: the amount in major units of its currency, the paid date empty while planned. */
export type PaymentValues = { key: string; dueOn: string; component: ScholarshipComponentKind; amount: string; currency: string; paidOn: string };

export type AwardFormValues = {
  applicationId: string;
  applicationLabel: string;
  awardedOn: string;
  components: ScholarshipValues[];
  payments: PaymentValues[];
  notes: string;
};

export const emptyPayment = (from?: ScholarshipValues): PaymentValues => ({
  key: newKey(),
  dueOn: '',
  component: from?.kind ?? 'tuition',
  amount: '',
  currency: from?.currency ?? '',
  paidOn: '',
});

/** The form's values from the award being edited, or for a new one (for `application`, when started from its page). */
export function awardValues(award?: Award, application?: Application): AwardFormValues {
  return {
    applicationId: award?.applicationId ?? application?.id ?? '',
    applicationLabel: award
      ? applicationLabel({ applicantName: award.applicantName, intakeName: award.intakeName, programName: award.programName })
      : application
        ? applicationLabel(application)
        : '',
    awardedOn: award?.awardedOn ?? localToday(),
    components: award ? scholarshipValues(award.components) : [emptyScholarship()],
    payments: (award?.payments ?? []).map((p) => ({
      key: newKey(),
      dueOn: p.dueOn,
      component: p.component,
      amount: minorToDecimal(p.amountMinor, p.currency),
      currency: p.currency,
      paidOn: p.paidOn ?? '',
    })),
    notes: award?.notes ?? '',
  };
}

/** The shared schema over the typed values, so the form refuses what main would; amounts that cannot be read are said at their field. */
export function validateAward(v: AwardFormValues): FormCheck<AwardValues> {
  const conversion: FieldErrors = {};
  if (!v.applicationId) conversion.applicationId = t('award.chooseApplication');
  const payments = v.payments.map((p, index) => {
    const currency = p.currency.trim().toUpperCase();
    const parsed = parseMoney(p.amount, currency || 'XXX');
    if (!parsed.ok) conversion[`payments.${index}.amountMinor`] = parsed.message;
    return { dueOn: p.dueOn, component: p.component, amountMinor: parsed.ok ? parsed.minor : Number.NaN, currency, paidOn: p.paidOn || null };
  });
  const parsed = AwardInput.safeParse({
    applicationId: v.applicationId,
    awardedOn: v.awardedOn,
    components: scholarshipParts(v.components, 'components', conversion),
    payments,
    notes: v.notes,
  });
  return formCheck(parsed, conversion);
}
