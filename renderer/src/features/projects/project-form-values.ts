import { t } from '../../i18n';
import { ProjectInput, type OutputKind, type Project, type ProjectKind, type ProjectValues } from '../../../../shared/models/project';
import { minorToDecimal, parseMoney } from '../../../../shared/money';
import { newKey, type FieldErrors } from '../common/form-errors';
import type { FormCheck } from '../common/use-entity-form';
import { pickedId, type LinkValues } from '../common/links-editor';
import { formCheck } from '../common/use-entity-form';

export type PickedValues = LinkValues;
export type PartnerValues = PickedValues & { role: string };
export type MemberValues = PickedValues & { role: string; principal: boolean };
export type HeadcountValues = { key: string; count: string; role: string };
export type PlaceValues = { key: string; name: string; fromOn: string; toOn: string; planned: boolean };
export type BudgetValues = { key: string; id: string; name: string; description: string; amount: string; currency: string };
export type MilestoneValues = { key: string; title: string; dueOn: string; doneOn: string };
/** `id` is the saved output's, so an edited output stays the same output ('' for a new one). */
export type OutputValues = { key: string; id: string; kind: OutputKind; title: string; date: string; identifier: string };

export type ProjectFormValues = {
  kind: ProjectKind;
  title: string;
  summary: string;
  startsOn: string;
  endsOn: string;
  partners: PartnerValues[];
  team: MemberValues[];
  headcounts: HeadcountValues[];
  agreements: PickedValues[];
  places: PlaceValues[];
  budget: BudgetValues[];
  milestones: MilestoneValues[];
  outputs: OutputValues[];
  notes: string;
};

export const emptyPartner = (): PartnerValues => ({ key: newKey(), id: '', name: '', role: '' });
export const emptyMember = (): MemberValues => ({ key: newKey(), id: '', name: '', role: '', principal: false });
export const emptyHeadcount = (): HeadcountValues => ({ key: newKey(), count: '', role: '' });
export const emptyPlace = (): PlaceValues => ({ key: newKey(), name: '', fromOn: '', toOn: '', planned: false });
export const emptyBudget = (currency = ''): BudgetValues => ({ key: newKey(), id: '', name: '', description: '', amount: '', currency });
export const emptyMilestone = (): MilestoneValues => ({ key: newKey(), title: '', dueOn: '', doneOn: '' });
export const emptyOutput = (): OutputValues => ({ key: newKey(), id: '', kind: 'paper', title: '', date: '', identifier: '' });

/** The form's starting values: a project being edited, or a new one (optionally under `agreement`). */
export function projectValues(project?: Project, agreement?: { id: string; name: string }): ProjectFormValues {
  return {
    kind: project?.kind ?? 'project',
    title: project?.title ?? '',
    summary: project?.summary ?? '',
    startsOn: project?.startsOn ?? '',
    endsOn: project?.endsOn ?? '',
    partners: (project?.partners ?? []).map((p) => ({ key: newKey(), id: p.organisationId, name: p.name, role: p.role })),
    team: (project?.team ?? []).map((m) => ({ key: newKey(), id: m.personId, name: m.name, role: m.role, principal: m.principal })),
    headcounts: (project?.headcounts ?? []).map((h) => ({ key: newKey(), count: String(h.count), role: h.role })),
    agreements: project ? project.agreements.map((a) => ({ key: newKey(), ...a })) : agreement ? [{ key: newKey(), ...agreement }] : [],
    places: (project?.places ?? []).map((p) => ({ key: newKey(), name: p.name, fromOn: p.fromOn ?? '', toOn: p.toOn ?? '', planned: p.planned })),
    budget: (project?.budget ?? []).map((b) => ({
      key: newKey(),
      id: b.organisationId,
      name: b.sourceName,
      description: b.description,
      amount: minorToDecimal(b.amountMinor, b.currency),
      currency: b.currency,
    })),
    milestones: (project?.milestones ?? []).map((m) => ({ key: newKey(), title: m.title, dueOn: m.dueOn, doneOn: m.doneOn ?? '' })),
    outputs: (project?.outputs ?? []).map((o) => ({ key: newKey(), id: o.id, kind: o.kind, title: o.title, date: o.date ?? '', identifier: o.identifier })),
    notes: project?.notes ?? '',
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text);

/** Typed text → what `ProjectInput` parses; what cannot be converted goes in `errors` at its field. */
function toProjectInput(v: ProjectFormValues, errors: FieldErrors) {
  const picked = (id: string, path: string) => pickedId(id, path, errors);
  return {
    kind: v.kind,
    title: v.title,
    summary: v.summary,
    startsOn: orNull(v.startsOn),
    endsOn: orNull(v.endsOn),
    partners: v.partners.map((p, i) => ({ organisationId: picked(p.id, `partners.${i}.organisationId`), role: p.role })),
    team: v.team.map((m, i) => ({ personId: picked(m.id, `team.${i}.personId`), role: m.role, principal: m.principal })),
    headcounts: v.headcounts.map((h, i) => {
      const count = h.count.trim();
      if (!/^\d+$/.test(count)) errors[`headcounts.${i}.count`] = t('error.wholeNumber');
      return { count: /^\d+$/.test(count) ? Number(count) : Number.NaN, role: h.role };
    }),
    agreementIds: v.agreements.map((a, i) => picked(a.id, `agreementIds.${i}`)),
    places: v.places.map((p) => ({ name: p.name, fromOn: orNull(p.fromOn), toOn: orNull(p.toOn), planned: p.planned })),
    budget: v.budget.map((b, i) => {
      const currency = b.currency.trim().toUpperCase();
      const parsed = parseMoney(b.amount, currency || 'XXX');
      if (!parsed.ok) errors[`budget.${i}.amountMinor`] = parsed.message;
      return { organisationId: picked(b.id, `budget.${i}.organisationId`), description: b.description, amountMinor: parsed.ok ? parsed.minor : Number.NaN, currency };
    }),
    milestones: v.milestones.map((m) => ({ title: m.title, dueOn: m.dueOn, doneOn: orNull(m.doneOn) })),
    outputs: v.outputs.map((o) => ({ ...(o.id ? { id: o.id } : {}), kind: o.kind, title: o.title, date: orNull(o.date), identifier: o.identifier })),
    notes: v.notes,
  };
}

/** The same schema main uses, after converting typed text (counts, amounts); conversion messages win. */
export function validateProject(values: ProjectFormValues): FormCheck<ProjectValues> {
  const conversion: FieldErrors = {};
  const parsed = ProjectInput.safeParse(toProjectInput(values, conversion));
  return formCheck(parsed, conversion);
}
