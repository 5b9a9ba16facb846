import { useState } from 'react';
import { Button } from '../../components/button';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { Section } from '../../components/section';
import { formatDateTime, useT, type MessageKey } from '../../i18n';
import { send } from '../../ipc/client';
import { useAppStore } from '../../store';
import type { AuditEntry } from '../../../../shared/models/audit';
import { PendingLoad } from '../common/load-failure';
import { notifyError, notifySuccess } from '../common/notify';
import { recordCalls } from '../common/record-calls';
import { useLoad } from '../common/use-load';
import { RECORD_TYPES, type RecordType } from '../record-types';

/** Deleted records per page: every one can be found and restored, however many there are. */
const PAGE = 50;
const ENTITIES = RECORD_TYPES.map((type) => type.entity);

/**
 * What a deleted record was called, from the record as it was: its title, its name, or the name of
 * the person it is about (an application, a placement, a hire), whichever it has.
 */
function deletedName(before: unknown): string | null {
  if (!before || typeof before !== 'object') return null;
  const record = before as Record<string, unknown>;
  for (const field of ['title', 'name', 'applicantName', 'internName', 'personName']) {
    const value = record[field];
    if (typeof value === 'string' && value.trim()) return value;
  }
  return null;
}

const typeOf = (entity: string): RecordType | undefined => RECORD_TYPES.find((type) => type.entity === entity);

/**
 * Records deleted from the register and not restored since, the latest first, each with who
 * deleted it, when and why; "Restore…" brings one back, with a reason, and opens it.
 */
export function DeletedRecordsPage() {
  const t = useT();
  const navigate = useAppStore((s) => s.navigate);
  const invalidate = useAppStore((s) => s.invalidate);
  const confirmWithReason = useAppStore((s) => s.confirmWithReason);
  const [offset, setOffset] = useState(0);
  const state = useLoad(() => send('audit:deleted', { offset, limit: PAGE }), `audit:deleted:${offset}`, { quiet: true, reads: ENTITIES });
  if (!state.data) return <PendingLoad state={state} backHash="#/" backLabel={t('nav.home')} />;
  const { rows, total } = state.data;

  const restore = async (row: AuditEntry, type: RecordType, name: string) => {
    const reason = await confirmWithReason({
      title: t('deleted.restoreTitle', { name }),
      message: t('deleted.restoreBody'),
      confirmLabel: t('deleted.restoreConfirm'),
      reasonLabel: t('deleted.restoreReason'),
    });
    if (reason === null) return;
    try {
      await recordCalls(type.area).restore(row.entityId, reason);
    } catch (error) {
      notifyError(error);
      return;
    }
    notifySuccess(t('common.restored'));
    invalidate([type.entity]);
    navigate({ view: 'detail', area: type.area, id: row.entityId });
  };

  return (
    <div className="page">
      <PageHeader title={t('deleted.title')} subtitle={t('deleted.subtitle')} />
      {total === 0 ? (
        <EmptyState title={t('deleted.empty')}>{t('deleted.emptyBody')}</EmptyState>
      ) : (
        <Section title={t('deleted.title')}>
          <table className="simple-table" aria-label={t('deleted.table')}>
            <thead>
              <tr>
                <th>{t('deleted.colWhat')}</th>
                <th>{t('deleted.colWhen')}</th>
                <th>{t('deleted.colReason')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const type = typeOf(row.entity);
                const name = deletedName(row.before) ?? t('deleted.unnamed');
                return (
                  <tr key={row.id}>
                    <td>
                      <div className="muted">{t(`deleted.kind.${row.entity}` as MessageKey)}</div>
                      {name}
                    </td>
                    <td>
                      {formatDateTime(row.at)} · {t('common.by', { actor: row.actor })}
                    </td>
                    <td>{row.reason}</td>
                    <td>
                      {type ? (
                        <Button size="small" aria-label={`${t('deleted.restore')} ${name}`} onClick={() => void restore(row, type, name)}>
                          {t('deleted.restore')}
                        </Button>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {total > PAGE ? <Pager offset={offset} limit={PAGE} total={total} onPage={setOffset} /> : null}
        </Section>
      )}
    </div>
  );
}
