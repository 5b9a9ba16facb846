import { useState } from 'react';
import { Pager } from '../../components/pager';
import { Section } from '../../components/section';
import { Spinner } from '../../components/spinner';
import { formatDateTime, useT } from '../../i18n';
import { auditActionKey } from '../../i18n/labels';
import { send } from '../../ipc/client';
import type { Entity } from '../../store';
import type { AuditEntry } from '../../../../shared/models/audit';
import { useLoad } from './use-load';

/** Values worked out from others: a change shows in the fields they follow, so they are not listed. */
const IGNORED = new Set(['updatedAt', 'updatedBy', 'createdAt', 'currentEnd', 'renewalsByDates', 'putBackTo', 'ancestors', 'signedPartyIds']);

/** Top-level fields whose values differ between `before` and `after`. */
function changedFields(entry: AuditEntry): string[] {
  const before = entry.before;
  const after = entry.after;
  if (!before || !after || typeof before !== 'object' || typeof after !== 'object') return [];
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter(
    (key) => !IGNORED.has(key) && JSON.stringify(a[key]) !== JSON.stringify(b[key]),
  );
}

/** A changed value in a few words: text as it is, parties by name, yes/no, or "(none)". */
function valueText(value: unknown, none: string): string {
  if (value === null || value === undefined || value === '') return none;
  if (Array.isArray(value)) {
    return value
      .map((item) => (item && typeof item === 'object' && 'organisationName' in item ? String(item.organisationName) : JSON.stringify(item)))
      .join('; ');
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Corrections and put-backs show what each changed field was and became; other edits name the fields. */
const SHOWS_VALUES = new Set<AuditEntry['action']>(['correct', 'put_back']);

export type HistorySectionProps = {
  entityId: string;
  /** The kinds of change that add to this record's trail (an agreement's also gets one per signing record). */
  reads: readonly Entity[];
};

/** Entries per page of a trail: a record edited for years has hundreds, and none may be out of reach. */
const PAGE = 100;

/** The audit trail of one record, newest first as main returns it, a page at a time. */
export function HistorySection({ entityId, reads }: HistorySectionProps) {
  const t = useT();
  // The page belongs to the record it was turned on: another record's trail starts at its newest.
  const [page, setPage] = useState({ entityId, offset: 0 });
  const offset = page.entityId === entityId ? page.offset : 0;
  const state = useLoad(() => send('audit:list', { entityId, offset, limit: PAGE }), `audit:${entityId}:${offset}`, { quiet: true, reads });
  const rows = state.data?.rows ?? [];
  const total = state.data?.total ?? 0;
  return (
    <Section title={t('common.history')}>
      {state.loading && !state.data ? <Spinner label={t('common.loading')} inline /> : null}
      {!state.loading && rows.length === 0 ? <p className="muted">{t('common.noHistory')}</p> : null}
      <ol className="history">
        {rows.map((entry) => {
          const fields = entry.action === 'update' ? changedFields(entry) : [];
          const changes = SHOWS_VALUES.has(entry.action) ? changedFields(entry) : [];
          const before = (entry.before ?? {}) as Record<string, unknown>;
          const after = (entry.after ?? {}) as Record<string, unknown>;
          return (
            <li key={entry.id} className="history__entry">
              <span className="history__action">{t(auditActionKey(entry.action))}</span>{' '}
              <span className="muted">
                {formatDateTime(entry.at)} · {t('common.by', { actor: entry.actor })}
              </span>
              {fields.length > 0 ? (
                <div className="history__fields">{t('common.changedFields', { fields: fields.join(', ') })}</div>
              ) : null}
              {changes.length > 0 ? (
                <ul className="history__changes plain-list">
                  {changes.map((field) => (
                    <li key={field}>
                      {t('history.change', {
                        field,
                        before: valueText(before[field], t('history.empty')),
                        after: valueText(after[field], t('history.empty')),
                      })}
                    </li>
                  ))}
                </ul>
              ) : null}
              {entry.reason ? <div className="history__reason">{t('history.reason', { reason: entry.reason })}</div> : null}
            </li>
          );
        })}
      </ol>
      {total > PAGE ? <Pager offset={offset} limit={PAGE} total={total} onPage={(next) => setPage({ entityId, offset: next })} /> : null}
    </Section>
  );
}
