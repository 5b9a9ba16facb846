import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { openCore } from '../../electron/main/core';
import type { Core, PlatformHooks } from '../../electron/main/core-types';
import { databasePath } from '../../electron/main/data-dir';
import type { Envelope } from '../../shared/errors';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/ipc/contract';

const cleanups: Array<() => void> = [];

afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liaison-test-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export type TestCore = {
  core: Core;
  dataDir: string;
  dbFile: string;
  send<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Envelope<ChannelOutput<C>>>;
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  reopen(): TestCore;
};

/** A core on a fresh temp data folder, closed after the test. */
export function openTestCore(
  options: { dataDir?: string; now?: () => Date; offerDemo?: boolean; platform?: PlatformHooks; backgroundJobs?: boolean } = {},
): TestCore {
  const dataDir = options.dataDir ?? tempDir();
  const core = openCore({
    dataDir,
    actor: 'tester',
    mode: 'browser',
    version: 'test',
    now: options.now,
    offerDemo: options.offerDemo,
    platform: options.platform,
    // Off unless a test is about them: a backup landing mid-test would change what it sees.
    backgroundJobs: options.backgroundJobs ?? false,
  });
  cleanups.push(() => core.close());
  const send = async <C extends Channel>(channel: C, input: ChannelInput<C>) =>
    (await core.dispatch(channel, input)) as Envelope<ChannelOutput<C>>;
  return {
    core,
    dataDir,
    dbFile: databasePath(dataDir),
    send,
    async call(channel, input) {
      const result = await send(channel, input);
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message} ${JSON.stringify(result.error.issues ?? [])}`);
      return result.value;
    },
    reopen() {
      core.close();
      return openTestCore({ ...options, dataDir });
    },
  };
}

/** A clock fixed at a calendar day (noon local time, so the local day is unambiguous). */
export function fixedClock(isoDay: string): () => Date {
  const [y, m, d] = isoDay.split('-').map(Number);
  return () => new Date(y, m - 1, d, 12, 0, 0);
}

/** Two organisations with one person each: the smallest register an agreement can be made in. */
export async function makeParties(t: TestCore) {
  const kaist = await t.call('organisations:create', {
    name: 'KAIST',
    altNames: [{ name: '카이스트', lang: 'ko' }],
    kind: 'university',
    country: 'KR',
  });
  const city = await t.call('organisations:create', { name: 'Seongnam City', kind: 'city', country: 'KR' });
  const president = await t.call('people:create', { name: 'Lee Kwang-hyung', organisationId: kaist.id, title: 'President' });
  const mayor = await t.call('people:create', { name: 'Eun Soo-mi', organisationId: city.id, title: 'Mayor' });
  return { kaist, city, president, mayor };
}

export async function makeAgreement(
  t: TestCore,
  overrides: Partial<ChannelInput<'agreements:create'>> = {},
  withSignatories = true,
) {
  const { kaist, city, president, mayor } = await makeParties(t);
  const agreement = await t.call('agreements:create', {
    kind: 'mou',
    title: 'MOU on AI research in Seongnam',
    parties: [
      { organisationId: kaist.id, role: 'University', signatories: withSignatories ? [{ personId: president.id }] : [] },
      { organisationId: city.id, role: 'City', signatories: withSignatories ? [{ personId: mayor.id }] : [] },
    ],
    ...overrides,
  });
  return { agreement, kaist, city, president, mayor };
}

export function auditCount(t: TestCore): Promise<number> {
  return t.call('audit:list', { limit: 1 }).then((page) => page.total);
}
