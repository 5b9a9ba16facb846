import { t } from '../../i18n';
import { ProgramInput, SCHOLARSHIP_COMPONENTS, type Program, type ProgramValues, type ScholarshipComponent, type ScholarshipComponentKind } from '../../../../shared/models/program';
import { minorToDecimal, parseMoney } from '../../../../shared/money';
import { newKey, type FieldErrors } from '../common/form-errors';
import type { FormCheck } from '../common/use-entity-form';
import { linkIds, type LinkValues } from '../common/links-editor';
import { formCheck } from '../common/use-entity-form';

export type PhaseValues = { key: string; name: string; months: string; place: string };
export type ScholarshipValues = { key: string; kind: ScholarshipComponentKind; description: string; amount: string; currency: string };

export type ProgramFormValues = {
  name: string;
  summary: string;
  eligibility: string;
  /** Comma-separated, as typed. */
  fields: string;
  phases: PhaseValues[];
  sponsors: LinkValues[];
  agreements: LinkValues[];
  scholarship: ScholarshipValues[];
  notes: string;
};

export const emptyPhase = (): PhaseValues => ({ key: newKey(), name: '', months: '', place: '' });
export const emptyScholarship = (currency = ''): ScholarshipValues => ({
  key: newKey(),
  kind: SCHOLARSHIP_COMPONENTS[0],
  description: '',
  amount: '',
  currency,
});

/** The form's starting values: a program being edited, or a new one (optionally created by `agreement`). */
export function programValues(program?: Program, agreement?: { id: string; name: string }): ProgramFormValues {
  return {
    name: program?.name ?? '',
    summary: program?.summary ?? '',
    eligibility: program?.eligibility ?? '',
    fields: program?.fields.join(', ') ?? '',
    phases: (program?.phases ?? []).map((p) => ({ key: newKey(), name: p.name, months: p.months === null ? '' : String(p.months), place: p.place })),
    sponsors: (program?.sponsors ?? []).map((s) => ({ key: newKey(), id: s.id, name: s.name })),
    agreements: program
      ? program.agreements.map((a) => ({ key: newKey(), id: a.id, name: a.name }))
      : agreement
        ? [{ key: newKey(), ...agreement }]
        : [],
    scholarship: scholarshipValues(program?.scholarship ?? []),
    notes: program?.notes ?? '',
  };
}

/** Stored scholarship parts as the editor's rows, amounts in major units of their currency. */
export function scholarshipValues(parts: readonly ScholarshipComponent[]): ScholarshipValues[] {
  return parts.map((s) => ({ key: newKey(), kind: s.kind, description: s.description, amount: minorToDecimal(s.amountMinor, s.currency), currency: s.currency }));
}

/** The editor's rows as parts in minor units; an amount that cannot be read is said at `<path>.<n>.amountMinor`. */
export function scholarshipParts(rows: readonly ScholarshipValues[], path: string, errors: FieldErrors) {
  return rows.map((part, index) => {
    const currency = part.currency.trim().toUpperCase();
    const parsed = parseMoney(part.amount, currency || 'XXX');
    if (!parsed.ok) errors[`${path}.${index}.amountMinor`] = parsed.message;
    return { kind: part.kind, description: part.description, amountMinor: parsed.ok ? parsed.minor : Number.NaN, currency };
  });
}

function splitFields(text: string): string[] {
  return [...new Set(text.split(/[,，、]/).map((field) => field.trim()).filter(Boolean))];
}

/** Typed text → what `ProgramInput` parses; what cannot be converted goes in `errors` at its field. */
function toProgramInput(v: ProgramFormValues, errors: FieldErrors) {
  const phases = v.phases.map((phase, index) => {
    const months = phase.months.trim();
    if (months !== '' && !/^\d+$/.test(months)) errors[`phases.${index}.months`] = t('error.wholeNumber');
    return { name: phase.name, months: /^\d+$/.test(months) ? Number(months) : null, place: phase.place };
  });
  const links = (rows: LinkValues[], field: string) => linkIds(rows, field, errors);
  const scholarship = scholarshipParts(v.scholarship, 'scholarship', errors);
  return {
    name: v.name,
    summary: v.summary,
    eligibility: v.eligibility,
    fields: splitFields(v.fields),
    phases,
    sponsorIds: links(v.sponsors, 'sponsorIds'),
    agreementIds: links(v.agreements, 'agreementIds'),
    scholarship,
    notes: v.notes,
  };
}

/** The same schema main uses, after converting typed text (amounts, months); conversion messages win. */
export function validateProgram(values: ProgramFormValues): FormCheck<ProgramValues> {
  const conversion: FieldErrors = {};
  const parsed = ProgramInput.safeParse(toProgramInput(values, conversion));
  return formCheck(parsed, conversion);
}
