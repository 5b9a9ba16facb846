import type { AgreementStatus } from '../../../../shared/models/agreement';
import { statement, type Db } from '../connection';

/**
 * What an agreement's audit trail says about its status and its corrections: read through
 * `audit_log_entity_at` (entity_id, at, id), one agreement's rows only.
 */

/** The statements, named so that a test can read their plans (both seek `audit_log_entity_at`). */
export const HISTORY_QUERIES = {
  statusBeforeLastChange: `SELECT before_json ->> '$.status' AS status FROM audit_log
      WHERE entity_id = ? AND action IN ('transition', 'put_back') AND before_json ->> '$.status' IS NOT NULL
      ORDER BY at DESC, id DESC LIMIT 1`,
  corrections: `SELECT at, actor, ifnull(reason, '') AS reason, before_json, after_json FROM audit_log
      WHERE entity_id = ? AND action = 'correct' ORDER BY at, id`,
} as const;

/** The status the agreement had before its latest change of status (a transition or a put-back), if any. */
export function statusBeforeLastChange(db: Db, agreementId: string): AgreementStatus | null {
  const row = statement(db, HISTORY_QUERIES.statusBeforeLastChange).get(agreementId) as { status: AgreementStatus } | undefined;
  return row?.status ?? null;
}

export type CorrectionRow = { at: string; actor: string; reason: string; before: Record<string, unknown>; after: Record<string, unknown> };

/** Every correction of the agreement's signed terms, oldest first, with its reason and what it changed. */
export function correctionsOf(db: Db, agreementId: string): CorrectionRow[] {
  const rows = statement(db, HISTORY_QUERIES.corrections).all(agreementId) as Array<{ at: string; actor: string; reason: string; before_json: string | null; after_json: string | null }>;
  return rows.map((row) => ({
    at: row.at,
    actor: row.actor,
    reason: row.reason,
    before: row.before_json ? (JSON.parse(row.before_json) as Record<string, unknown>) : {},
    after: row.after_json ? (JSON.parse(row.after_json) as Record<string, unknown>) : {},
  }));
}
