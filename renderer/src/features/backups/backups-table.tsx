import { Button } from '../../components/button';
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
    <div className="table-scroll">
      <table className="simple-table" aria-label={t('backups.table')}>
        <thead>
          <tr>
            <th scope="col">{t('backups.colSaved')}</th>
            <th scope="col">{t('backups.colKind')}</th>
            <th scope="col">{t('backups.colSize')}</th>
            <th scope="col">{t('backups.colFile')}</th>
            <th scope="col">{t('backups.colActions')}</th>
          </tr>
        </thead>
        <tbody>
          {backups.map((backup) => (
            <tr key={backup.name}>
              <td className="nowrap">{formatDateTime(backup.savedAt)}</td>
              <td className="nowrap">{t(`backups.kind.${backup.kind}`)}</td>
              <td className="nowrap">{formatBytes(backup.size)}</td>
              <td className="mono">{backup.name}</td>
              <td>
                <Button size="small" onClick={() => onRestore(backup)} disabled={busy}>
                  {t('backups.restore')}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
