import type { BackupInfo, RestoreOutcome } from '../../../../shared/models/backup';
import type { Db } from '../../db/connection';
import { createBackup, listBackups, type BackupEntry } from '../../services/backup-service';
import { cancelRestore, pendingRestore, scheduleRestore } from '../../services/pending-restore';
import type { HandlerMap } from '../register';

type BackupsContext = {
  db: Db;
  dataDir: string;
  now: () => Date;
  latestVersion: number;
  nativeBinding?: string;
  /** What this start did with a restore chosen in the previous session. */
  lastRestore: RestoreOutcome | null;
};

/** A backup as the renderer sees it: by name, never by its path on this machine. */
function info(entry: BackupEntry): BackupInfo {
  return { name: entry.name, kind: entry.kind, size: entry.size, savedAt: entry.savedAt.toISOString() };
}

export function backupHandlers(ctx: BackupsContext): Pick<HandlerMap, 'backups:list' | 'backups:create' | 'backups:restore' | 'backups:cancelRestore'> {
  return {
    'backups:list': () => ({
      backups: listBackups(ctx.dataDir).map(info),
      pending: pendingRestore(ctx.dataDir),
      lastRestore: ctx.lastRestore,
    }),
    'backups:create': async () => info(await createBackup(ctx.db, ctx.dataDir, 'manual', ctx.now())),
    'backups:restore': ({ file }) =>
      scheduleRestore(ctx.dataDir, file, { latestVersion: ctx.latestVersion, nativeBinding: ctx.nativeBinding, now: ctx.now() }),
    'backups:cancelRestore': () => ({ cancelled: cancelRestore(ctx.dataDir) }),
  };
}
