import { t } from '../../../i18n';
import { AgreementInput, type AgreementValues } from '../../../../../shared/models/agreement';
import { parseMoney } from '../../../../../shared/money';
import { zodIssuesToErrors, type FieldErrors } from '../../common/form-errors';
import type { AgreementFormValues, ContributionValues } from './form-values';

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

function splitTags(text: string): string[] {
  return [...new Set(text.split(/[,，、]/).map((tag) => tag.trim()).filter(Boolean))];
}

function contributionInput(c: ContributionValues, index: number, errors: FieldErrors) {
  const currency = c.currency.trim().toUpperCase();
  let amountMinor: number | null = null;
  let quantity: number | null = null;
  if (c.kind === 'money' && c.amount.trim() !== '') {
    const parsed = parseMoney(c.amount, currency || 'XXX');
    if (parsed.ok) amountMinor = parsed.minor;
    else errors[`contributions.${index}.amountMinor`] = parsed.message;
  }
  if (c.kind !== 'money' && c.quantity.trim() !== '') {
    const cleaned = c.quantity.trim().replace(/[\s,_]/g, '');
    if (/^\d+(\.\d+)?$/.test(cleaned)) quantity = Number(cleaned);
    else errors[`contributions.${index}.quantity`] = t('error.number');
  }
  return {
    ...(c.id ? { id: c.id } : {}),
    organisationId: c.organisationId,
    kind: c.kind,
    description: c.description,
    amountMinor,
    currency: c.kind === 'money' ? orNull(currency) : null,
    quantity,
    unit: c.kind === 'money' ? '' : c.unit,
    startsOn: orNull(c.startsOn),
    endsOn: orNull(c.endsOn),
  };
}

/** Form text → the shape `AgreementInput` parses; problems found while converting go in `errors`. */
export function toAgreementInput(values: AgreementFormValues, errors: FieldErrors): AgreementInput {
  let renewalNoticeDays: number | null = null;
  if (values.renewalNoticeDays.trim() !== '') {
    if (/^\d+$/.test(values.renewalNoticeDays.trim())) renewalNoticeDays = Number(values.renewalNoticeDays.trim());
    else errors.renewalNoticeDays = t('error.wholeNumber');
  }
  return {
    kind: values.kind,
    title: values.title,
    referenceNo: values.referenceNo,
    purpose: values.purpose,
    signedOn: orNull(values.signedOn),
    effectiveOn: orNull(values.effectiveOn),
    expiresOn: orNull(values.expiresOn),
    duration: values.duration,
    renewalNoticeDays,
    signingPlace: values.signingPlace,
    owner: values.owner,
    tags: splitTags(values.tags),
    notes: values.notes,
    parentId: orNull(values.parentId),
    parties: values.parties.map((p) => ({
      ...(p.id ? { id: p.id } : {}),
      organisationId: p.organisationId,
      role: p.role,
      signatories: p.signatories.map((s) => ({ ...(s.id ? { id: s.id } : {}), personId: s.personId, capacity: s.capacity })),
    })),
    items: values.items.map((i) => ({
      ...(i.id ? { id: i.id } : {}),
      description: i.description,
      responsibleOrganisationId: orNull(i.responsibleOrganisationId),
      dueOn: orNull(i.dueOn),
      recurrence: i.recurrence,
      status: i.status,
    })),
    contributions: values.contributions.map((c, index) => contributionInput(c, index, errors)),
  };
}

/** "Not a valid id." means nothing to a person who simply has not chosen yet. */
function friendlier(errors: FieldErrors, values: AgreementFormValues): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    const party = /^parties\.(\d+)\.organisationId$/.exec(path);
    const person = /^parties\.(\d+)\.signatories\.(\d+)\.personId$/.exec(path);
    const contributor = /^contributions\.(\d+)\.organisationId$/.exec(path);
    if (party && values.parties[Number(party[1])]?.organisationId === '') out[path] = t('error.chooseOrganisation');
    else if (person && values.parties[Number(person[1])]?.signatories[Number(person[2])]?.personId === '')
      out[path] = t('error.choosePerson');
    else if (contributor && values.contributions[Number(contributor[1])]?.organisationId === '')
      out[path] = t('error.chooseOrganisation');
    else out[path] = message;
  }
  return out;
}

export type Validation = { ok: true; value: AgreementValues } | { ok: false; errors: FieldErrors };

/** The same schema main uses (`AgreementInput.safeParse`), plus the conversions of typed text. */
export function validateAgreement(values: AgreementFormValues): Validation {
  const conversion: FieldErrors = {};
  const input = toAgreementInput(values, conversion);
  const parsed = AgreementInput.safeParse(input);
  const errors = friendlier({ ...(parsed.success ? {} : zodIssuesToErrors(parsed.error.issues)), ...conversion }, values);
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, value: parsed.data };
  return { ok: false, errors };
}
