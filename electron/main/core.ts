import fs from 'node:fs';
import path from 'node:path';
import seedData from '../../resources/demo/seed-data.json';
import type { EventName, EventPayload } from '../../shared/ipc/contract';
import { openDatabase, type Db } from './db/connection';
import { migrate } from './db/migrate';
import { MIGRATIONS } from './db/migrations/index';
import { refreshStatistics } from './db/statistics';
import type { Core, CoreEventListener, CoreOptions } from './core-types';
import { databasePath } from './data-dir';
import { agreementHandlers } from './ipc/handlers/agreements';
import { organisationHandlers } from './ipc/handlers/organisations';
import { peopleHandlers } from './ipc/handlers/people';
import { documentHandlers } from './ipc/handlers/documents';
import { signingHandlers } from './ipc/handlers/signing';
import { exportHandlers } from './ipc/handlers/exports';
import { auditHandlers } from './ipc/handlers/audit';
import { keyHandlers } from './ipc/handlers/keys';
import { createDispatch, type HandlerMap } from './ipc/register';
import { DocumentStore } from './files/document-store';
import { KeyService, fileProtector } from './services/key-service';
import { deviceId } from './services/device';
import { expireLapsedAgreements } from './services/agreement-lifecycle-service';
import { dismissDemo, getDemoStatus, loadDemo } from './services/demo-service';
import { ensureSearchIndex } from './services/search-service';
import { ensureSignedHead } from './services/signing-service';
import type { ServiceContext } from './services/service-context';

/**
 * Opens the register in `dataDir` (creating and migrating it as needed) and returns the
 * transport-neutral door to everything main does.
 */
export function openCore(options: CoreOptions): Core {
  fs.mkdirSync(options.dataDir, { recursive: true });
  const db = openDatabase(databasePath(options.dataDir), { nativeBinding: options.nativeBinding });
  try {
    return assemble(db, options);
  } catch (error) {
    // A failed start (a newer file, a broken key file) must not leave the database open.
    db.close();
    throw error;
  }
}

function assemble(db: Db, options: CoreOptions): Core {
  const now = options.now ?? (() => new Date());
  migrate(db, MIGRATIONS, path.join(options.dataDir, 'backups'), now);

  const listeners = new Set<CoreEventListener>();
  const emit = <E extends EventName>(event: E, payload: EventPayload<E>) => {
    for (const listener of listeners) listener(event, payload);
  };
  const files = new DocumentStore(options.dataDir);
  files.sweep();
  const ctx: ServiceContext = {
    db,
    actor: options.actor,
    now,
    onChange: (entity, id) => emit('db:changed', { entity, id }),
    files,
    deviceId: deviceId(db),
  };
  const offerDemo = options.offerDemo ?? true;
  const platform = options.platform ?? {};
  const keys = new KeyService(ctx, options.dataDir, platform.keyProtector ?? fileProtector);
  keys.ensure();
  const signer = keys.chainSigner();
  ensureSignedHead(ctx, signer);

  ensureSearchIndex(ctx);
  expireLapsedAgreements(ctx);
  refreshStatistics(db);

  const handlers: HandlerMap = {
    'app:info': () => ({ version: options.version, dataDir: options.dataDir, user: options.actor, mode: options.mode }),
    'demo:status': () => getDemoStatus(ctx, offerDemo),
    'demo:load': () => loadDemo(ctx, seedData),
    'demo:dismiss': () => dismissDemo(ctx, offerDemo),
    ...organisationHandlers(ctx),
    ...peopleHandlers(ctx),
    ...agreementHandlers(ctx),
    ...auditHandlers(ctx),
    ...documentHandlers(ctx, platform),
    ...signingHandlers(ctx, signer, (report) => emit('signing:chainBroken', report)),
    ...keyHandlers(keys),
    ...exportHandlers(ctx, keys, platform),
  };

  return {
    dispatch: createDispatch(handlers, (channel, error) => {
      console.error(`[liaison] ${channel} failed:`, error);
    }),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      listeners.clear();
      if (db.open) db.close();
    },
  };
}
