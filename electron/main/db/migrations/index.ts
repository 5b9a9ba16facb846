import type { Db } from '../connection';
import { up as initial } from './0001-initial';
import { up as documentsSigning } from './0002-documents-signing';
import { up as recordOwners } from './0003-record-owners';
import { up as searchIndex } from './0004-search-index';
import { up as signedChain } from './0005-signed-chain';
import { up as programs } from './0006-programs';
import { up as listIndexes } from './0007-list-indexes';
import { up as imports } from './0008-imports';
import { up as projects } from './0009-projects';
import { up as events } from './0010-events';
import { up as applications } from './0011-applications';
import { up as agreementTerms } from './0012-agreement-terms';
import { up as placements } from './0013-placements';
import { up as awards } from './0014-awards';
import { up as batchAudit } from './0015-batch-audit';
import { up as nameKeys } from './0016-name-keys';
import { up as reportIndexes } from './0017-report-indexes';
import { up as agreementCountries } from './0018-agreement-countries';
import { up as redundantIndexes } from './0019-redundant-indexes';
import { up as oneIndexPerSort } from './0020-one-index-per-sort';
import { up as renewingTermsIndex } from './0021-renewing-terms-index';
import { up as searchKeysOnRows } from './0022-search-keys-on-rows';
import { up as partnerTally } from './0023-partner-tally';
import { up as deletionsIndex } from './0024-deletions-index';
import { up as integerChildKeys } from './0025-integer-child-keys';

export type Migration = { version: number; name: string; up: (db: Db) => void };

/** Every schema step the app knows, in order. Append only; never edit a shipped step. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', up: initial },
  { version: 2, name: 'documents-signing', up: documentsSigning },
  { version: 3, name: 'record-owners', up: recordOwners },
  { version: 4, name: 'search-index', up: searchIndex },
  { version: 5, name: 'signed-chain', up: signedChain },
  { version: 6, name: 'programs', up: programs },
  { version: 7, name: 'list-indexes', up: listIndexes },
  { version: 8, name: 'imports', up: imports },
  { version: 9, name: 'projects', up: projects },
  { version: 10, name: 'events', up: events },
  { version: 11, name: 'applications', up: applications },
  { version: 12, name: 'agreement-terms', up: agreementTerms },
  { version: 13, name: 'placements', up: placements },
  { version: 14, name: 'awards', up: awards },
  { version: 15, name: 'batch-audit', up: batchAudit },
  { version: 16, name: 'name-keys', up: nameKeys },
  { version: 17, name: 'report-indexes', up: reportIndexes },
  { version: 18, name: 'agreement-countries', up: agreementCountries },
  { version: 19, name: 'redundant-indexes', up: redundantIndexes },
  { version: 20, name: 'one-index-per-sort', up: oneIndexPerSort },
  { version: 21, name: 'renewing-terms-index', up: renewingTermsIndex },
  { version: 22, name: 'search-keys-on-rows', up: searchKeysOnRows },
  { version: 23, name: 'partner-tally', up: partnerTally },
  { version: 24, name: 'deletions-index', up: deletionsIndex },
  { version: 25, name: 'integer-child-keys', up: integerChildKeys },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
