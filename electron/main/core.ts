import path from 'node:path';
import seedData from '../../resources/demo/seed-data.json';
import type { EventName, EventPayload } from '../../shared/ipc/contract';
import { openDatabase, type Db } from './db/connection';
import { migrate } from './db/migrate';
import { LATEST_VERSION, MIGRATIONS } from './db/migrations/index';
import { openRegister } from './db/open-register';
import { sqliteFault, storageFault } from './db/register-faults';
import { claimDataFolder, type InstanceLock } from './files/instance-lock';
import { ensurePrivateDir } from './files/private-modes';
import { backupsDir, scheduleBackups } from './services/backup-service';
import { applyPendingRestore, readPendingRestore } from './services/pending-restore';
import type { RestoreOutcome } from '../../shared/models/backup';
import { documentCheck } from './services/document-check';
import { idleCheckpoints } from './db/idle-checkpoint';
import { refreshStatistics } from './db/statistics';
import type { Core, CoreEventListener, CoreOptions } from './core-types';
import { documentHandlers } from './ipc/handlers/documents';
import { signingHandlers } from './ipc/handlers/signing';
import { exportHandlers } from './ipc/handlers/exports';
import { Downloads } from './exports/downloads';
import { auditHandlers } from './ipc/handlers/audit';
import { keyHandlers } from './ipc/handlers/keys';
import { backupHandlers } from './ipc/handlers/backups';
import { importHandlers } from './ipc/handlers/imports';
import { ImportService } from './imports/import-service';
import { databasePath } from './data-dir';
import { createDispatch, type HandlerMap } from './ipc/register';
import { DocumentStore } from './files/document-store';
import { DamagedKeyFileError, KeyService, fileProtector } from './services/key-service';
import { deviceId } from './services/device';
import { expireLapsedAgreements } from './services/agreement-lifecycle-service';
import { dismissDemo, getDemoStatus, loadDemo } from './services/demo-service';
import { ensureSearchIndex } from './services/search-service';
import { RECORD_TABLES, recordHandlers } from './record-types';
import { researchHandlers } from './records/research-handlers';
import { calendarHandlers } from './records/calendar';
import { ensureSignedHead } from './services/signing-service';
import type { ServiceContext } from './services/service-context';

/**
 * Opens the register in `dataDir` (creating and migrating it as needed) and returns the
 * transport-neutral door to everything main does.
 */
export function openCore(options: CoreOptions): Core {
  const { dataDir, nativeBinding } = options;
  let lock: InstanceLock;
  try {
    ensurePrivateDir(dataDir);
    lock = claimDataFolder(dataDir, { nativeBinding });
  } catch (error) {
    throw storageFault(error, dataDir) ?? error;
  }
  let db: Db | null = null;
  try {
    const lastRestore = restorePending(options);
    db = openRegister(dataDir, { nativeBinding, latestVersion: LATEST_VERSION });
    return assemble(db, options, lock, lastRestore);
  } catch (error) {
    // A failed start (a newer file, a broken key file) must not leave the database or the folder held.
    if (db?.open) db.close();
    lock.release();
    throw storageFault(error, dataDir) ?? error;
  }
}

/**
 * A restore chosen in the app last session, applied now that we hold the folder and before the
 * register is opened. A failure leaves the register as it was and the app starts as usual; the
 * Backups page says what happened, and so does the log.
 */
function restorePending(options: CoreOptions): RestoreOutcome | null {
  const now = options.now ?? (() => new Date());
  const outcome = applyPendingRestore(options.dataDir, { latestVersion: LATEST_VERSION, nativeBinding: options.nativeBinding, now: now() });
  if (outcome?.status === 'restored') console.info(`[liaison] restored the backup ${outcome.name}; the register it replaced is kept as ${outcome.setAside ?? '(none)'}.`);
  if (outcome?.status === 'failed') console.error(`[liaison] the scheduled restore of ${outcome.name} failed: ${outcome.message}`);
  return outcome;
}

/** Every handler's SQLite failure (a full disk mid-save) reaches the user as its sentence. */
function explainingStorageFaults(handlers: HandlerMap, dataDir: string): HandlerMap {
  const wrapped: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const [channel, handler] of Object.entries(handlers) as Array<[string, (input: unknown) => unknown]>) {
    wrapped[channel] = async (input) => {
      try {
        return await handler(input);
      } catch (error) {
        throw sqliteFault(error, dataDir) ?? error;
      }
    };
  }
  return wrapped as unknown as HandlerMap;
}

function assemble(db: Db, options: CoreOptions, lock: InstanceLock, lastRestore: RestoreOutcome | null): Core {
  const now = options.now ?? (() => new Date());
  migrate(db, MIGRATIONS, backupsDir(options.dataDir), now);
  ensurePrivateDir(path.join(options.dataDir, 'documents'));

  const listeners = new Set<CoreEventListener>();
  const emit = <E extends EventName>(event: E, payload: EventPayload<E>) => {
    for (const listener of listeners) listener(event, payload);
  };
  const files = new DocumentStore(options.dataDir);
  files.sweep();
  const downloads = new Downloads();
  const checkpoints = idleCheckpoints(db);
  const ctx: ServiceContext = {
    db,
    actor: options.actor,
    now,
    onChange: (entity, id) => {
      checkpoints.wrote();
      emit('db:changed', { entity, id });
    },
    files,
    deviceId: deviceId(db),
  };
  const offerDemo = options.offerDemo ?? true;
  const platform = options.platform ?? {};
  const keys = new KeyService(ctx, options.dataDir, platform.keyProtector ?? fileProtector);
  keys.ensure();
  const signer = keys.chainSigner();
  try {
    ensureSignedHead(ctx, signer);
  } catch (error) {
    // A damaged key file must not keep the register shut: the Office key screen says so and
    // offers a new key, and the head is signed at the next start with a usable key.
    if (!(error instanceof DamagedKeyFileError)) throw error;
    console.error(`[liaison] ${error.message}`);
  }

  ensureSearchIndex(ctx, RECORD_TABLES);
  expireLapsedAgreements(ctx);
  refreshStatistics(db);

  const handlers: HandlerMap = {
    'app:info': () => ({ version: options.version, dataDir: options.dataDir, user: options.actor, mode: options.mode }),
    'demo:status': () => getDemoStatus(ctx, offerDemo),
    'documents:health': () => documentsCheck.health(),
    'demo:load': () => loadDemo(ctx, seedData),
    'demo:dismiss': () => dismissDemo(ctx, offerDemo),
    ...recordHandlers(ctx),
    ...researchHandlers(ctx, platform),
    ...calendarHandlers(ctx),
    ...auditHandlers(ctx, RECORD_TABLES.map((table) => table.kind)),
    ...documentHandlers(ctx, platform),
    ...signingHandlers(ctx, signer, (report) => emit('signing:chainBroken', report)),
    ...keyHandlers(keys),
    ...exportHandlers(ctx, keys, platform, {
      offer: (download) => downloads.offer(download),
      openReader: () => openDatabase(databasePath(options.dataDir), { nativeBinding: options.nativeBinding, readonly: true }),
    }),
    ...backupHandlers({ db, dataDir: options.dataDir, now, latestVersion: LATEST_VERSION, nativeBinding: options.nativeBinding, lastRestore }),
    ...importHandlers(
      new ImportService(ctx, {
        openWriter: () => openDatabase(databasePath(options.dataDir), { nativeBinding: options.nativeBinding }),
        onProgress: (progress) => emit('imports:progress', progress),
      }),
      platform,
    ),
  };

  const background = options.backgroundJobs !== false;
  const backups = background ? scheduleBackups(db, options.dataDir, { now, spare: () => readPendingRestore(options.dataDir)?.name ?? null }) : null;
  const documentsCheck = documentCheck(db, options.dataDir, { now, schedule: background, onDamaged: (health) => emit('documents:damaged', health) });

  return {
    dispatch: createDispatch(explainingStorageFaults(handlers, options.dataDir), (channel, error) => {
      console.error(`[liaison] ${channel} failed:`, error);
    }),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    download: (token) => downloads.take(token),
    close() {
      listeners.clear();
      checkpoints.stop();
      backups?.stop();
      documentsCheck.stop();
      if (db.open) db.close();
      lock.release();
    },
  };
}
