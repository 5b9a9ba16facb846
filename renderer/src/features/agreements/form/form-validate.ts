import { t } from '../../../i18n';
import { parseDuration } from '../../../../../shared/duration';
import { AgreementInput, type AgreementValues } from '../../../../../shared/models/agreement';
import { parseMoney } from '../../../../../shared/money';
import { type FieldErrors } from '../../common/form-errors';
import type { AgreementFormValues, ContributionValues } from './form-values';
import { formCheck } from '../../common/use-entity-form';

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

/** "90", "90 days", "3 months" (and the Korean and Chinese units): notice in days or in months, as written. */
function noticeInput(text: string, errors: FieldErrors): { renewalNoticeDays: number | null; renewalNoticeMonths: number | null } {
  const typed = text.trim().toLowerCase();
  const none = { renewalNoticeDays: null, renewalNoticeMonths: null };
  if (typed === '') return none;
  const days = /^(\d+)\s*(?:days?|일|日|天)?$/.exec(typed);
  if (days) return { ...none, renewalNoticeDays: Number(days[1]) };
  const months = /^(\d+)\s*(?:months?|개월|个月|個月)$/.exec(typed);
  if (months) return { ...none, renewalNoticeMonths: Number(months[1]) };
  errors.renewalNoticeDays = t('error.notice');
  return none;
}

/** The fields of an auto-renewing term; other kinds of term send none (their fields are hidden, their text kept in the form). */
function renewalInput(values: AgreementFormValues, errors: FieldErrors): { renewalPeriodMonths: number | null; renewalsSoFar: number | null } {
  if (values.termKind !== 'auto_renewing') return { renewalPeriodMonths: null, renewalsSoFar: null };
  let renewalPeriodMonths: number | null = null;
  let renewalsSoFar: number | null = null;
  if (values.renewalPeriod.trim() !== '') {
    const parsed = parseDuration(values.renewalPeriod);
    if (parsed.ok) renewalPeriodMonths = parsed.months;
    else errors.renewalPeriodMonths = parsed.message;
  }
  if (values.renewalsSoFar.trim() !== '') {
    if (/^\d+$/.test(values.renewalsSoFar.trim())) renewalsSoFar = Number(values.renewalsSoFar.trim());
    else errors.renewalsSoFar = t('error.wholeNumber');
  }
  return { renewalPeriodMonths, renewalsSoFar };
}

/** Form text → the shape `AgreementInput` parses; problems found while converting go in `errors`. */
export function toAgreementInput(values: AgreementFormValues, errors: FieldErrors): AgreementInput {
  const fromRecords = values.statusFromRecords === '' ? null : values.statusFromRecords;
  return {
    kind: values.kind,
    title: values.title,
    referenceNo: values.referenceNo,
    purpose: values.purpose,
    signedOn: orNull(values.signedOn),
    effectiveOn: orNull(values.effectiveOn),
    expiresOn: orNull(values.expiresOn),
    termKind: values.termKind,
    duration: values.duration,
    ...renewalInput(values, errors),
    ...noticeInput(values.renewalNotice, errors),
    statusFromRecords: fromRecords,
    // "Not recorded" belongs to agreements entered from records; the box is shown for those only.
    signatoriesRecorded: fromRecords !== null || values.fromRecords ? values.signatoriesRecorded : true,
    originalText: values.originalText,
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
  return formCheck(parsed, conversion, (errors) => friendlier(errors, values));
}
