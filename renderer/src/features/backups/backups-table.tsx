import { Button } from '../../components/button';
import { SimpleTable } from '../../components/simple-table';
import { formatBytes, formatDateTime, useT } from '../../i18n';
import type { BackupInfo } from '../../../../shared/models/backup';

export type BackupsTableProps = {
  backups: readonly BackupInfo[];
  onRestore: (backup: BackupInfo) => void;
  busy?: boolean;
};

/** The register's backups, newest first, each with its own "Restore…". */
export function BackupsTable({ backups, onRestore, busy }: BackupsTableProps) {
  const t = useT();
  if (backups.length === 0) return <p className="muted">{t('backups.none')}</p>;
  return (
    <SimpleTable
      label={t('backups.table')}
      rows={backups}
      rowKey={(backup) => backup.name}
      columns={[
        { key: 'saved', header: t('backups.colSaved'), className: 'nowrap', render: (b) => formatDateTime(b.savedAt) },
        { key: 'kind', header: t('backups.colKind'), className: 'nowrap', render: (b) => t(`backups.kind.${b.kind}`) },
        { key: 'size', header: t('backups.colSize'), className: 'nowrap', render: (b) => formatBytes(b.size) },
        { key: 'file', header: t('backups.colFile'), className: 'mono', render: (b) => b.name },
        {
          key: 'actions',
          header: t('backups.colActions'),
          render: (b) => (
            <Button size="small" onClick={() => onRestore(b)} disabled={busy}>
              {t('backups.restore')}
            </Button>
          ),
        },
      ]}
    />
  );
}
