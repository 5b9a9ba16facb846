import Database from 'better-sqlite3';
import { openCore } from '../../electron/main/core';
import { databasePath } from '../../electron/main/data-dir';
import type { Envelope } from '../../shared/errors';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/ipc/contract';
import type { AcknowledgedWrite } from './acknowledged-write';

/**
 * What must hold after every kill, checked as the next start would see it: the file passes SQLite's
 * own integrity and foreign-key checks; a fresh core opens it and finds the signing chain intact;
 * every write ever acknowledged is present; and each write acknowledged since the last check reads
 * back through the core (documents are re-hashed on read). Returns the problems found, in words.
 */
export async function verifyRegister(dataDir: string, allAcks: readonly AcknowledgedWrite[], newAcks: readonly AcknowledgedWrite[]): Promise<string[]> {
  const problems: string[] = [];

  // Raw SQLite first, before the core writes anything (it expires agreements, records its device).
  const raw = new Database(databasePath(dataDir));
  try {
    const integrity = raw.pragma('integrity_check') as Array<{ integrity_check: string }>;
    if (integrity.length !== 1 || integrity[0].integrity_check !== 'ok') {
      problems.push(`integrity_check: ${integrity.map((row) => row.integrity_check).join('; ')}`);
    }
    const foreignKeys = raw.pragma('foreign_key_check') as unknown[];
    if (foreignKeys.length > 0) problems.push(`foreign_key_check: ${foreignKeys.length} rows point at nothing`);
  } finally {
    raw.close();
  }
  if (problems.length > 0) return problems;

  const core = openCore({ dataDir, actor: 'crash-harness-check', mode: 'browser', version: 'crash', offerDemo: false });
  try {
    const call = async <C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C> | null> => {
      const result = (await core.dispatch(channel, input)) as Envelope<ChannelOutput<C>>;
      if (result.ok) return result.value;
      problems.push(`${channel} ${JSON.stringify(input)}: ${result.error.code} ${result.error.message}`);
      return null;
    };

    const chain = await call('signing:verify', {});
    if (chain !== null && !chain.intact) problems.push(`signing chain broken at ${chain.seq}: ${chain.reason}`);

    for (const write of newAcks) {
      if (write.kind === 'agreement') {
        await call('agreements:get', { id: write.id });
      } else if (write.kind === 'document') {
        const content = await call('documents:content', { versionId: write.versionId });
        if (content !== null && content.sha256 !== write.sha256) problems.push(`document ${write.versionId} reads back as ${content.sha256}, not ${write.sha256}`);
      } else {
        const records = await call('signing:list', { agreementId: write.agreementId });
        if (records !== null && !records.some((record) => record.id === write.id)) problems.push(`signing record ${write.id} is not listed`);
      }
    }
  } finally {
    core.close();
  }

  // After the core has opened it: a kill during the very first start can leave a file with no tables
  // yet, which the core's migration then creates.
  const after = new Database(databasePath(dataDir), { readonly: true });
  try {
    // Every id ever acknowledged, looked up by primary key (one indexed probe each).
    const lookups = {
      agreement: after.prepare('SELECT 1 FROM agreements WHERE id = ?'),
      document: after.prepare('SELECT 1 FROM document_versions WHERE id = ?'),
      signing: after.prepare('SELECT 1 FROM signing_records WHERE id = ?'),
    };
    for (const write of allAcks) {
      const id = write.kind === 'document' ? write.versionId : write.id;
      if (lookups[write.kind].get(id) === undefined) problems.push(`acknowledged ${write.kind} ${id} is missing`);
    }
  } finally {
    after.close();
  }
  return problems;
}
