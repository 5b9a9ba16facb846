import type { AgreementKind, AgreementStatus, Contribution } from '../../../shared/models/agreement';
import type { EventKind } from '../../../shared/models/event';
import type { OrganisationKind } from '../../../shared/models/organisation';
import type { PlacementStatus } from '../../../shared/models/placement';
import type { OutputKind, ProjectKind, ProjectStatus } from '../../../shared/models/project';
import type { ReportFigure } from '../../../shared/models/report';
import type { ItemProgress } from '../../../shared/research/item-progress';

/**
 * The words a report uses for the register's codes: a report goes to people outside the office
 * (a president before a visit), so it says "In kind" and "Awaiting signature", never `in_kind`.
 * English, as the signed summaries are; typed over each code list, so a new code needs its words.
 */
export const AGREEMENT_KIND_LABELS: Record<AgreementKind, string> = {
  mou: 'MOU',
  moa: 'MOA',
  collaboration: 'Collaboration agreement',
  business: 'Business agreement',
  contract: 'Contract',
  addendum: 'Addendum',
  renewal: 'Renewal',
};

export const AGREEMENT_STATUS_LABELS: Record<AgreementStatus, string> = {
  draft: 'Draft',
  negotiation: 'In negotiation',
  awaiting_signature: 'Awaiting signature',
  active: 'In force',
  expired: 'Expired',
  terminated: 'Terminated',
  renewed: 'Renewed',
};

export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  university: 'University',
  faculty: 'Faculty or department',
  company: 'Company',
  startup: 'Startup',
  government_agency: 'Government agency',
  city: 'City',
  accelerator: 'Accelerator',
  other: 'Organisation',
};

export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  forum: 'Forum',
  signing_ceremony: 'Signing ceremony',
  competition: 'Competition',
  exhibition: 'Exhibition',
  exchange: 'Exchange',
  educational_activity: 'Educational activity',
  workshop: 'Workshop',
};

export const PROJECT_KIND_LABELS: Record<ProjectKind, string> = { project: 'Research project', centre: 'Research centre' };

export const PROJECT_STATUS_LABELS: Record<ProjectStatus, string> = { proposed: 'Proposed', active: 'Running', completed: 'Completed', stopped: 'Stopped' };

export const OUTPUT_KIND_LABELS: Record<OutputKind, string> = {
  paper: 'Paper',
  patent: 'Patent',
  dataset: 'Dataset',
  model: 'Model',
  software: 'Software',
  talk: 'Talk',
};

/** Placement outcomes in words, as a reader of the file says them. */
export const PLACEMENT_STATUS_LABELS: Record<PlacementStatus, string> = {
  active: 'Active',
  completed: 'Completed',
  left_early: 'Left early',
  hired: 'Hired',
  not_hired: 'Not hired',
};

export const CONTRIBUTION_KIND_LABELS: Record<Contribution['kind'], string> = { money: 'Money', in_kind: 'In kind', people: 'People' };

export const ITEM_PROGRESS_LABELS: Record<ItemProgress, string> = {
  done: 'done',
  dropped: 'dropped',
  overdue: 'overdue',
  nothing_after_a_year: 'nothing after a year',
  on_track: 'on track',
};

export const REPORT_FIGURE_LABELS: Record<ReportFigure, string> = {
  agreementsSigned: 'Agreements signed',
  agreementsExpiring: 'Agreements expiring',
  events: 'Events held',
  outputs: 'Research outputs',
  placements: 'Internships started',
};
