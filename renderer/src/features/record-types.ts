import type { ComponentType, ReactNode } from 'react';
import { AgreementDetailPage } from './agreements/agreement-detail-page';
import { AgreementFormPage } from './agreements/agreement-form-page';
import { AgreementsListPage } from './agreements/agreements-list-page';
import { agreementsRecord } from './agreements/agreements-record';
import { ApplicationDetailPage } from './applications/application-detail-page';
import { ApplicationFormPage } from './applications/application-form-page';
import { applicationsRecord } from './applications/applications-record';
import { PersonApplications } from './applications/applications-sections';
import { ScreeningBoard } from './applications/screening-board';
import { ApplicationsListPage } from './applications/applications-list-page';
import { ApplicationAward } from './awards/application-award';
import { AwardDetailPage } from './awards/award-detail-page';
import { AwardFormPage } from './awards/award-form-page';
import { ProgramAwardTotals } from './awards/award-totals';
import { AwardsListPage } from './awards/awards-list-page';
import { awardsRecord } from './awards/awards-record';
import type { RecordDefinition } from './common/record-definition';
import { EvaluationDetailPage } from './evaluations/evaluation-detail-page';
import { EvaluationFormPage } from './evaluations/evaluation-form-page';
import { EvaluationsListPage } from './evaluations/evaluations-list-page';
import { evaluationsRecord } from './evaluations/evaluations-record';
import { PlacementEvaluations } from './evaluations/placement-evaluations';
import { EventDetailPage } from './events/event-detail-page';
import { EventFormPage } from './events/event-form-page';
import { EventsListPage } from './events/events-list-page';
import { eventsRecord } from './events/events-record';
import { HireDetailPage } from './hires/hire-detail-page';
import { HireFormPage } from './hires/hire-form-page';
import { HiresListPage } from './hires/hires-list-page';
import { hiresRecord } from './hires/hires-record';
import { PersonHires, PlacementHires } from './hires/hires-sections';
import { IntakeDetailPage } from './intakes/intake-detail-page';
import { IntakeFormPage } from './intakes/intake-form-page';
import { IntakesListPage } from './intakes/intakes-list-page';
import { intakesRecord } from './intakes/intakes-record';
import { ProgramIntakes } from './intakes/program-intakes';
import { OrganisationDetailPage } from './organisations/organisation-detail-page';
import { OrganisationFormPage } from './organisations/organisation-form-page';
import { OrganisationsListPage } from './organisations/organisations-list-page';
import { organisationsRecord } from './organisations/organisations-record';
import { PeopleListPage } from './people/people-list-page';
import { peopleRecord } from './people/people-record';
import { PersonDetailPage } from './people/person-detail-page';
import { PersonFormPage } from './people/person-form-page';
import { PlacementDetailPage } from './placements/placement-detail-page';
import { PlacementFormPage } from './placements/placement-form-page';
import { PlacementsListPage } from './placements/placements-list-page';
import { placementsRecord } from './placements/placements-record';
import { AgreementPlacements, PersonPlacements, ProgramPlacements } from './placements/placements-sections';
import { ProgramFunnel } from './placements/program-funnel';
import { ProgramDetailPage } from './programs/program-detail-page';
import { ProgramFormPage } from './programs/program-form-page';
import { ProgramsListPage } from './programs/programs-list-page';
import { programsRecord } from './programs/programs-record';
import { ProjectDetailPage } from './projects/project-detail-page';
import { ProjectFormPage } from './projects/project-form-page';
import { ProjectsListPage } from './projects/projects-list-page';
import { projectsRecord } from './projects/projects-record';

/** A section a record type adds to another type's detail page (an intake's applications), given that record's id. */
export type RelatedSection = { on: { area: string }; Section: ComponentType<{ id: string }> };

/** The pages every record type has; the route view picks one by the route's view. */
export type RecordPages = {
  ListPage: ComponentType;
  /** `related`: the sections other record types add to this page, to place among its own. */
  DetailPage: ComponentType<{ id: string; related?: ReactNode }>;
  /** Creates a record (no `id`; `parentId` from `#/<area>/new?parent=…`) or edits record `id`. */
  FormPage: ComponentType<{ id?: string; parentId?: string }>;
  /** Sections on other types' detail pages, each naming that type's definition. */
  sections?: readonly RelatedSection[];
};

function withPages<D extends RecordDefinition>(definition: D, pages: RecordPages): D & RecordPages {
  return { ...definition, ...pages };
}

/**
 * Every record type, in the sidebar's order. Routes, the sidebar, list state, the route view and which
 * queries a `db:changed` re-runs all follow from this list: adding a type is its feature folder (with
 * its definition, `defineRecord`, and its pages) plus one line here.
 */
export const RECORD_TYPES = [
  withPages(agreementsRecord, { ListPage: AgreementsListPage, DetailPage: AgreementDetailPage, FormPage: AgreementFormPage }),
  withPages(organisationsRecord, { ListPage: OrganisationsListPage, DetailPage: OrganisationDetailPage, FormPage: OrganisationFormPage }),
  withPages(peopleRecord, { ListPage: PeopleListPage, DetailPage: PersonDetailPage, FormPage: PersonFormPage }),
  withPages(programsRecord, { ListPage: ProgramsListPage, DetailPage: ProgramDetailPage, FormPage: ProgramFormPage }),
  withPages(intakesRecord, {
    ListPage: IntakesListPage,
    DetailPage: IntakeDetailPage,
    FormPage: IntakeFormPage,
    sections: [{ on: programsRecord, Section: ProgramIntakes }],
  }),
  withPages(applicationsRecord, {
    ListPage: ApplicationsListPage,
    DetailPage: ApplicationDetailPage,
    FormPage: ApplicationFormPage,
    sections: [
      { on: intakesRecord, Section: ScreeningBoard },
      { on: peopleRecord, Section: PersonApplications },
    ],
  }),
  withPages(placementsRecord, {
    ListPage: PlacementsListPage,
    DetailPage: PlacementDetailPage,
    FormPage: PlacementFormPage,
    sections: [
      { on: programsRecord, Section: ProgramFunnel },
      { on: programsRecord, Section: ProgramPlacements },
      { on: agreementsRecord, Section: AgreementPlacements },
      { on: peopleRecord, Section: PersonPlacements },
    ],
  }),
  withPages(evaluationsRecord, {
    ListPage: EvaluationsListPage,
    DetailPage: EvaluationDetailPage,
    FormPage: EvaluationFormPage,
    sections: [{ on: placementsRecord, Section: PlacementEvaluations }],
  }),
  withPages(hiresRecord, {
    ListPage: HiresListPage,
    DetailPage: HireDetailPage,
    FormPage: HireFormPage,
    sections: [
      { on: placementsRecord, Section: PlacementHires },
      { on: peopleRecord, Section: PersonHires },
    ],
  }),
  withPages(awardsRecord, {
    ListPage: AwardsListPage,
    DetailPage: AwardDetailPage,
    FormPage: AwardFormPage,
    sections: [
      { on: applicationsRecord, Section: ApplicationAward },
      { on: programsRecord, Section: ProgramAwardTotals },
    ],
  }),
  withPages(projectsRecord, { ListPage: ProjectsListPage, DetailPage: ProjectDetailPage, FormPage: ProjectFormPage }),
  withPages(eventsRecord, { ListPage: EventsListPage, DetailPage: EventDetailPage, FormPage: EventFormPage }),
] as const;

export type RecordType = (typeof RECORD_TYPES)[number];
/** A record type's route segment: `#/<area>`. */
export type Area = RecordType['area'];
/** What main calls a record of one of these types in `db:changed`. */
export type RecordEntity = RecordType['entity'];

export const AREAS: readonly Area[] = RECORD_TYPES.map((type) => type.area);

export function recordType(area: Area): RecordType {
  const type = RECORD_TYPES.find((candidate) => candidate.area === area);
  // Unreachable: an Area is by its type one of the registered areas.
  if (!type) throw new Error(`No record type for "${area}"`);
  return type;
}

/** The sections other record types add to `area`'s detail pages, in the registry's order. */
export function relatedSections(area: Area): ReadonlyArray<ComponentType<{ id: string }>> {
  return RECORD_TYPES.flatMap((type: RecordPages) => (type.sections ?? []).filter((section) => section.on.area === area).map((section) => section.Section));
}
