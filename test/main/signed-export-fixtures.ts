import { createHash } from 'node:crypto';
import type { TrustedKeys } from '../../electron/main/exports/verify-export';
import { tinyPdf } from './document-fixtures';
import { makeParties, openTestCore, type TestCore } from './fixtures';

/**
 * A stand-in for Chromium's printToPDF: a real (tiny) PDF whose text depends on the HTML, so the
 * exporter's pages-then-sign-then-attach path runs in milliseconds. One test uses real Chromium.
 */
export async function fakeRenderPdf(html: string): Promise<Buffer> {
  return tinyPdf(`Summary ${createHash('sha256').update(html).digest('hex').slice(0, 24)}`);
}

/** A core whose PDF export uses the stand-in printer. */
export function openExportCore(now?: () => Date): TestCore {
  return openTestCore({ now, platform: { renderPdf: fakeRenderPdf } });
}

/** An agreement with every section filled: Korean text, items, money, a document and two signings. */
export async function richAgreement(t: TestCore) {
  const parties = await makeParties(t);
  const agreement = await t.call('agreements:create', {
    kind: 'mou',
    title: 'MOU on AI research in Seongnam',
    purpose: '성남 AI 연구센터\nJoint research, internships and forums.',
    signedOn: '2019-10-04',
    signingPlace: '성남시청',
    duration: '3 years',
    parties: [
      { organisationId: parties.kaist.id, role: 'University', signatories: [{ personId: parties.president.id }] },
      { organisationId: parties.city.id, role: 'City', signatories: [{ personId: parties.mayor.id }] },
    ],
    items: [{ description: 'Rent research space free of charge', responsibleOrganisationId: parties.city.id, dueOn: '2020-03-01' }],
    contributions: [{ organisationId: parties.city.id, kind: 'money', amountMinor: 100_000_000, currency: 'KRW', description: '연구 지원금' }],
  });
  const made = { ...parties, agreement };
  const doc = await t.call('documents:add', {
    owner: { kind: 'agreement', id: made.agreement.id },
    fileName: 'KAIST-성남 MOU.pdf',
    language: 'ko',
    contentBase64: tinyPdf('KAIST Seongnam MOU').toString('base64'),
  });
  for (const [party, person] of [
    [made.kaist, made.president],
    [made.city, made.mayor],
  ] as const) {
    await t.call('signing:record', {
      agreementId: made.agreement.id,
      documentVersionId: doc.versions[0].id,
      partyOrganisationId: party.id,
      signatoryPersonId: person.id,
      signedOn: '2019-10-04',
      place: '성남시청',
      method: 'wet_ink',
    });
  }
  return made;
}

export const bytesOf = (file: { contentBase64: string }) => Buffer.from(file.contentBase64, 'base64');

export async function exportAs(t: TestCore, agreementId: string, format: 'json' | 'markdown' | 'pdf'): Promise<Buffer> {
  return bytesOf(await t.call('exports:summary', { agreementId, format }));
}

/** The keys this core trusts, with their names: what `exports:verify` checks against. */
export async function trustedKeysOf(t: TestCore): Promise<TrustedKeys> {
  const keys = await t.call('keys:list', {});
  return new Map(keys.map((key) => [key.keyId, { publicKeyPem: key.publicKeyPem, label: key.label, origin: key.origin }]));
}
