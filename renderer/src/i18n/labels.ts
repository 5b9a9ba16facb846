import type { AgreementKind, AgreementStatus } from '../../../shared/models/agreement';
import type { CONTRIBUTION_KINDS, ITEM_STATUSES, RECURRENCES } from '../../../shared/models/agreement';
import type { AUDIT_ACTIONS } from '../../../shared/models/audit';
import type { OrganisationKind } from '../../../shared/models/organisation';
import type { MessageKey } from './index';

/** Enum values → catalog keys. The template types make a missing catalog entry a compile error. */
export const statusKey = (status: AgreementStatus) => `status.${status}` satisfies MessageKey;
export const statusActionKey = (to: AgreementStatus) => `statusAction.${to}` satisfies MessageKey;
export const agreementKindKey = (kind: AgreementKind) => `agreementKind.${kind}` satisfies MessageKey;
export const orgKindKey = (kind: OrganisationKind) => `orgKind.${kind}` satisfies MessageKey;
export const itemStatusKey = (status: (typeof ITEM_STATUSES)[number]) =>
  `itemStatus.${status}` satisfies MessageKey;
export const recurrenceKey = (recurrence: (typeof RECURRENCES)[number]) =>
  `recurrence.${recurrence}` satisfies MessageKey;
export const contributionKindKey = (kind: (typeof CONTRIBUTION_KINDS)[number]) =>
  `contributionKind.${kind}` satisfies MessageKey;
export const auditActionKey = (action: (typeof AUDIT_ACTIONS)[number]) =>
  `auditAction.${action}` satisfies MessageKey;
