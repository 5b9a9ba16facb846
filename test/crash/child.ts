import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { openCore } from '../../electron/main/core';
import type { Envelope } from '../../shared/errors';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/ipc/contract';
import { tinyPdf } from '../main/document-fixtures';
import { formatAck, READY_LINE, type AcknowledgedWrite } from './acknowledged-write';

// The crash harness's victim: opens the real core on the data folder it is given and writes
// agreements, documents and signing records in a loop until the parent SIGKILLs it. Each write is
// acknowledged on stdout only after the core has returned, i.e. after its transaction committed.
// stdout to a pipe is synchronous on Linux and macOS, so an acknowledged line is never still queued
// in this process when the kill lands.

const dataDir = process.argv[2];
if (!dataDir) {
  console.error('usage: child <data folder>');
  process.exit(2);
}

const core = openCore({ dataDir, actor: 'crash-harness', mode: 'browser', version: 'crash', offerDemo: false });

async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = (await core.dispatch(channel, input)) as Envelope<ChannelOutput<C>>;
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

function ack(write: AcknowledgedWrite): void {
  process.stdout.write(formatAck(write));
}

type Parties = { university: { id: string }; city: { id: string }; president: { id: string }; mayor: { id: string } };

/**
 * The two organisations and signatories every agreement names, made by the first child and reused by
 * the rest (their ids are kept beside the register, written only after they committed), so each short
 * life spends its time on the writes under test.
 */
async function parties(): Promise<Parties> {
  const file = path.join(dataDir, 'crash-parties.json');
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as Parties;
  const university = await call('organisations:create', { name: 'KAIST', kind: 'university', country: 'KR' });
  const city = await call('organisations:create', { name: 'Seongnam City', kind: 'city', country: 'KR' });
  const president = await call('people:create', { name: 'Lee Kwang-hyung', organisationId: university.id, title: 'President' });
  const mayor = await call('people:create', { name: 'Eun Soo-mi', organisationId: city.id, title: 'Mayor' });
  const made: Parties = { university, city, president, mayor };
  // Renamed into place, so a kill leaves either no file or a whole one.
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(made));
  fs.renameSync(`${file}.tmp`, file);
  return made;
}

async function main(): Promise<void> {
  process.stdout.write(`${READY_LINE}\n`);
  const { university, city, president, mayor } = await parties();

  for (let n = 0; ; n++) {
    const agreement = await call('agreements:create', {
      kind: 'mou',
      title: `Crash MOU ${process.pid}-${n}`,
      signedOn: '2019-10-04',
      parties: [
        { organisationId: university.id, role: 'University', signatories: [{ personId: president.id }] },
        { organisationId: city.id, role: 'City', signatories: [{ personId: mayor.id }] },
      ],
    });
    ack({ kind: 'agreement', id: agreement.id });

    // New bytes every time: the store is content-addressed, and each write should create a file.
    const document = await call('documents:add', {
      owner: { kind: 'agreement', id: agreement.id },
      fileName: `MOU ${n}.pdf`,
      language: 'en',
      contentBase64: tinyPdf(`Crash MOU ${process.pid} ${n} ${randomBytes(8).toString('hex')}`).toString('base64'),
    });
    const version = document.versions[0];
    ack({ kind: 'document', id: document.id, versionId: version.id, sha256: version.sha256 });

    const record = await call('signing:record', {
      agreementId: agreement.id,
      documentVersionId: version.id,
      partyOrganisationId: university.id,
      signatoryPersonId: president.id,
      signedOn: '2019-10-04',
      place: 'Seongnam City Hall',
      method: 'wet_ink',
    });
    ack({ kind: 'signing', id: record.id, agreementId: agreement.id });
  }
}

main().catch((error: unknown) => {
  // A write refused while the parent still wants writes is a finding: say so and exit non-zero.
  console.error(`crash child: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
