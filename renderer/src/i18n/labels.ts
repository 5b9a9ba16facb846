import type { AgreementKind, AgreementStatus, TermKind } from '../../../shared/models/agreement';
import type { CONTRIBUTION_KINDS, ITEM_STATUSES, RECURRENCES } from '../../../shared/models/agreement';
import type { AUDIT_ACTIONS } from '../../../shared/models/audit';
import type { KeyInfo } from '../../../shared/models/export';
import type { OrganisationKind } from '../../../shared/models/organisation';
import type { ScholarshipComponentKind } from '../../../shared/models/program';
import type { SIGNING_METHODS } from '../../../shared/models/signing';
import type { OutputKind, ProjectKind, ProjectStatus } from '../../../shared/models/project';
import type { OutcomeSubjectKind } from '../../../shared/models/outcome';
import type { ItemProgress } from '../../../shared/research/item-progress';
import type { MilestoneStatus } from '../../../shared/research/milestone-status';
import type { MessageKey } from './index';

/** Enum values → catalog keys. The template types make a missing catalog entry a compile error. */
export const statusKey = (status: AgreementStatus) => `status.${status}` satisfies MessageKey;
export const statusActionKey = (to: AgreementStatus) => `statusAction.${to}` satisfies MessageKey;
export const agreementKindKey = (kind: AgreementKind) => `agreementKind.${kind}` satisfies MessageKey;
export const orgKindKey = (kind: OrganisationKind) => `orgKind.${kind}` satisfies MessageKey;
export const scholarshipKindKey = (kind: ScholarshipComponentKind) => `scholarshipKind.${kind}` satisfies MessageKey;
export const itemStatusKey = (status: (typeof ITEM_STATUSES)[number]) =>
  `itemStatus.${status}` satisfies MessageKey;
export const recurrenceKey = (recurrence: (typeof RECURRENCES)[number]) =>
  `recurrence.${recurrence}` satisfies MessageKey;
export const contributionKindKey = (kind: (typeof CONTRIBUTION_KINDS)[number]) =>
  `contributionKind.${kind}` satisfies MessageKey;
export const termKindKey = (kind: TermKind) => `termKind.${kind}` satisfies MessageKey;
export const auditActionKey = (action: (typeof AUDIT_ACTIONS)[number]) =>
  `auditAction.${action}` satisfies MessageKey;
export const signingMethodKey = (method: (typeof SIGNING_METHODS)[number]) =>
  `signingMethod.${method}` satisfies MessageKey;
export const projectKindKey = (kind: ProjectKind) => `projectKind.${kind}` satisfies MessageKey;
export const projectStatusKey = (status: ProjectStatus) => `projectStatus.${status}` satisfies MessageKey;
export const projectActionKey = (to: ProjectStatus) => `projectAction.${to}` satisfies MessageKey;
export const outputKindKey = (kind: OutputKind) => `outputKind.${kind}` satisfies MessageKey;
export const milestoneStatusKey = (status: MilestoneStatus) => `milestoneStatus.${status}` satisfies MessageKey;
export const itemProgressKey = (progress: ItemProgress) => `itemProgress.${progress}` satisfies MessageKey;
export const outcomeSubjectKey = (kind: OutcomeSubjectKind) => `outcomeSubject.${kind}` satisfies MessageKey;
export const keyProtectionKey = (protection: KeyInfo['protection']) =>
  `keys.protection.${protection}` satisfies MessageKey;

const VERIFY_PARTS = ['agreement', 'parties', 'items', 'contributions', 'lineage', 'documents', 'signingRecords', 'signature', 'file', 'readable text', 'layout', 'pages', 'chain'] as const;
/** A changed part of a signed summary, in words; main may name parts this list does not know. */
export const verifyPartKey = (part: string): MessageKey | null =>
  (VERIFY_PARTS as readonly string[]).includes(part) ? (`verify.part.${part as (typeof VERIFY_PARTS)[number]}` satisfies MessageKey) : null;
